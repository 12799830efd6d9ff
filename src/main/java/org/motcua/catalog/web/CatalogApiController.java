package org.motcua.catalog.web;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedurePage;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.RequiredDocument;
import org.motcua.document.Documents;
import org.motcua.platform.Problems;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public catalog for other systems (API.md): the published procedures, searched
 * without regard to accents, one procedure in full, and its form templates.
 */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Catalog", description = "The public catalog of administrative procedures")
class CatalogApiController {

	private final Catalog catalog;

	private final Documents documents;

	private final Problems problems;

	private final MessageSource messages;

	CatalogApiController(Catalog catalog, Documents documents, Problems problems, MessageSource messages) {
		this.catalog = catalog;
		this.documents = documents;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search the published procedures",
			description = "q matches code or name without regard to accents, đ/d or case (giay phep finds Giấy phép);"
					+ " level, agency, field (field code) and online filter exactly. Ordered by code (sort=name: by name)."
					+ " Paged: size at most 500, larger values are capped.")
	@ApiResponse(responseCode = "400", description = "a bad parameter, named in errors[].field")
	ProcedureJson.Page search(
			@Parameter(description = "words of the code or name") @RequestParam(required = false) String q,
			@Parameter(description = "PROVINCE, DISTRICT or COMMUNE") @RequestParam(required = false) String level,
			@Parameter(description = "an agency code that applies the procedure") @RequestParam(
					required = false) String agency,
			@Parameter(description = "a field code, e.g. HT") @RequestParam(required = false) String field,
			@Parameter(description = "FULL, PARTIAL or NONE") @RequestParam(required = false) String online,
			@Parameter(description = "code (default) or name") @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ProcedureQuery query = new ProcedureQuery(q, parse(Level.class, "level", level), agency(agency), field,
				parse(OnlineLevel.class, "online", online), "name".equals(sort), page, size);
		ProcedurePage found = this.catalog.search(query);
		return new ProcedureJson.Page(found.items().stream().map(ProcedureJson.Item::of).toList(), found.total());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One published procedure in full",
			description = "The version the public sees now: papers, fees, time limit, result types, processing plan."
					+ " With ?version=N, that version if it was ever published (dossiers pin a version); drafts are not public.")
	@ApiResponse(responseCode = "404", description = "no such procedure, or none published")
	ProcedureJson.Detail find(@PathVariable String code,
			@Parameter(description = "a version number") @RequestParam(required = false) Integer version) {
		return ProcedureJson.Detail.of(procedure(code, version),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	@GetMapping("/{code}/documents/{document}/template")
	@Operation(summary = "Download the form template of a required document",
			description = "The stored bytes with their media type; of the published version, or of ?version=N.")
	@ApiResponse(responseCode = "404", description = "no such procedure, paper or template")
	ResponseEntity<InputStreamResource> template(@PathVariable String code, @PathVariable String document,
			@RequestParam(required = false) Integer version) {
		Procedure procedure = procedure(code, version);
		RequiredDocument.Template template = procedure.definition()
			.findRequiredDocument(document)
			.map(RequiredDocument::template)
			.orElseThrow(() -> RequestRefused.notFound("catalog.template-not-found", document));
		return download(template, this.documents.open(template.sha256()));
	}

	static ResponseEntity<InputStreamResource> download(RequiredDocument.Template template, InputStream bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(template.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(template.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(bytes));
	}

	private Procedure procedure(String code, Integer version) {
		if (!ProcedureCode.isValid(code)) {
			throw RequestRefused.notFound("catalog.not-found", code);
		}
		ProcedureCode procedureCode = ProcedureCode.of(code);
		return (version == null ? this.catalog.findPublished(procedureCode)
				: this.catalog.findVersion(procedureCode, version).filter(p -> !p.isDraft()))
			.orElseThrow(() -> RequestRefused.notFound("catalog.not-found", code));
	}

	private static AgencyCode agency(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return AgencyCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameter("agency", value);
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameter(name, value);
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badParameter(BadParameter ex, HttpServletRequest request) {
		Locale language = language(request);
		String message = this.messages.getMessage("catalog.error.parameter", new Object[] { ex.name, ex.value },
				language);
		ProblemDetail problem = this.problems.invalid(language, List.of(Map.of("field", ex.name, "message", message)));
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The caller's language for problems: English when Accept-Language prefers it, else
	 * Vietnamese.
	 */
	static Locale language(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header != null) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header),
						List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH));
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: the default language
			}
		}
		return Locale.forLanguageTag("vi");
	}

	/** A query parameter with a value it cannot have. */
	static class BadParameter extends RuntimeException {

		final String name;

		final String value;

		BadParameter(String name, String value) {
			super(name + "=" + value);
			this.name = name;
			this.value = value;
		}

	}

}
