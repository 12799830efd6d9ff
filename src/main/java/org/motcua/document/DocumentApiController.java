package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff upload papers (API.md) and download them again. A document may be downloaded by
 * its uploader, by a province administrator, or by whoever a {@link DocumentAccess} bean
 * allows (the dossier module lets those who may see a dossier download its papers);
 * anyone else gets the same 404 as for an unknown document.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Uploaded papers, stored as PDF")
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'STATISTICS_VIEWER', 'AUDITOR')")
class DocumentApiController {

	private final Documents documents;

	private final List<DocumentAccess> accesses;

	DocumentApiController(Documents documents, List<DocumentAccess> accesses) {
		this.documents = documents;
		this.accesses = accesses;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a paper",
			description = "PDF, JPEG, PNG or TIFF, told by content (not by name or declared type). Images become"
					+ " one PDF, a page per image. Stored once by the SHA-256 of the PDF, which is the documentId."
					+ " Unclaimed uploads are deleted after motcua.document.sweep-age.")
	@ApiResponse(responseCode = "201", description = "stored: documentId, sha256, mediaType, pages, size")
	@ApiResponse(responseCode = "400", description = "document.file-missing, document.bad-filename")
	@ApiResponse(responseCode = "413", description = "document.too-large")
	@ApiResponse(responseCode = "415", description = "document.unsupported-type")
	@ApiResponse(responseCode = "422",
			description = "document.empty, document.unreadable, document.encrypted, document.dangerous,"
					+ " document.too-many-pages, document.image-too-large, document.oversized-content")
	ResponseEntity<UploadedJson> upload(@RequestPart(name = "file", required = false) MultipartFile file) {
		if (file == null) {
			throw RequestRefused.invalid("document.file-missing");
		}
		Ingested ingested;
		try (InputStream in = file.getInputStream()) {
			ingested = this.documents.ingest(in, file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.created(URI.create("/api/v1/documents/" + ingested.documentId()))
			.body(UploadedJson.of(ingested));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download a paper as PDF",
			description = "For its uploader, a province administrator, or those who may see a dossier holding it.")
	@ApiResponse(responseCode = "404", description = "no such document, or not one the caller may see")
	ResponseEntity<InputStreamResource> download(@PathVariable String id) {
		Actor actor = Actor.current().orElseThrow(() -> RequestRefused.notFound("document.not-found"));
		if (!mayRead(actor, id)) {
			throw RequestRefused.notFound("document.not-found");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(id + ".pdf").build().toString())
			.body(new InputStreamResource(this.documents.open(id)));
	}

	private boolean mayRead(Actor actor, String id) {
		if (!DocumentStorage.SHA256.matcher(id).matches()) {
			return false;
		}
		return actor.has(Role.PROVINCE_ADMIN) || this.documents.isUploadedBy(id, actor.username())
				|| this.accesses.stream().anyMatch(access -> access.mayRead(actor, id));
	}

	/** The answer to an upload, as API.md names it. */
	record UploadedJson(String documentId, String sha256, String mediaType, int pages, long size) {

		static UploadedJson of(Ingested ingested) {
			return new UploadedJson(ingested.documentId(), ingested.sha256(), ingested.mediaType(), ingested.pages(),
					ingested.size());
		}

	}

}
