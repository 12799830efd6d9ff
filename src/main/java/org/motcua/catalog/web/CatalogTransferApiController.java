package org.motcua.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.administration.CatalogTransfer;
import org.motcua.catalog.administration.ImportReport;
import org.motcua.platform.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The whole catalog in and out for administrators' scripts: export as JSON or Excel, and
 * import (all or nothing) with an error per bad row in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog administration", description = "Import and export of the whole catalog")
@SecurityRequirement(name = "bearer")
class CatalogTransferApiController {

	private final CatalogTransfer transfer;

	private final Problems problems;

	private final MessageSource messages;

	private final Clock clock;

	CatalogTransferApiController(CatalogTransfer transfer, Problems problems, MessageSource messages, Clock clock) {
		this.transfer = transfer;
		this.problems = problems;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'AGENCY_ADMIN')")
	@Operation(summary = "Export the published catalog",
			description = "Every published procedure in the format motcua-catalog/1, as JSON or an Excel workbook.")
	ResponseEntity<byte[]> export(
			@Parameter(description = "json (default) or xlsx") @RequestParam(defaultValue = "json") String format) {
		CatalogTransfer.Format chosen = CatalogApiController.parse(CatalogTransfer.Format.class, "format", format);
		return download(this.transfer, chosen, LocalDate.now(this.clock));
	}

	static ResponseEntity<byte[]> download(CatalogTransfer transfer, CatalogTransfer.Format format, LocalDate today) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("catalog-" + today + "." + format.extension)
						.build()
						.toString())
			.body(bytes(transfer, format));
	}

	private static byte[] bytes(CatalogTransfer transfer, CatalogTransfer.Format format) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		transfer.export(format, out);
		return out.toByteArray();
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Import a catalog as JSON",
			description = "Each procedure becomes a published version, effective from its effectiveFrom or today."
					+ " Nothing is imported when any procedure is bad; the problem lists every error.")
	@ApiResponse(responseCode = "400",
			description = "catalog.import-refused with errors[{index, code, field, message}]")
	ResponseEntity<?> importJson(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return answer(this.transfer.importFile(CatalogTransfer.Format.JSON, in), request);
		}
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Import a catalog file (xlsx or json)",
			description = "A multipart upload in part 'file': an Excel workbook, or JSON when it ends in .json.")
	ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file, HttpServletRequest request)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return answer(this.transfer.importFile(formatOf(file), in), request);
		}
	}

	static CatalogTransfer.Format formatOf(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		return name.endsWith(".json") || MediaType.APPLICATION_JSON_VALUE.equals(file.getContentType())
				? CatalogTransfer.Format.JSON : CatalogTransfer.Format.XLSX;
	}

	private ResponseEntity<?> answer(ImportReport report, HttpServletRequest request) {
		if (report.isAccepted()) {
			return ResponseEntity.ok(Map.of("published", report.published(), "unchanged", report.unchanged()));
		}
		Locale locale = CatalogApiController.language(request);
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "catalog.import-refused", locale,
				report.errors().size());
		List<Map<String, Object>> errors = report.errors()
			.stream()
			.map(e -> Map.<String, Object>of("index", e.index(), "code", e.code() == null ? "" : e.code(), "field",
					ImportMessages.path(e), "message", ImportMessages.message(this.messages, e, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
