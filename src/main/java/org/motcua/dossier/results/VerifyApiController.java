package org.motcua.dossier.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.RequestRefused;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification of API.md: by the code under a document's QR code, and by an
 * uploaded PDF.
 */
@RestController
@Tag(name = "Public", description = "Open to anyone")
class VerifyApiController {

	private final Verification verification;

	private final ZoneId zone;

	VerifyApiController(Verification verification, PlatformProperties platform) {
		this.verification = verification;
		this.zone = platform.zone();
	}

	@GetMapping("/api/v1/verify/{verificationCode}")
	@Operation(summary = "Verify a document by its verification code",
			description = "{ genuine, documentId, dossierCode, kind, signatures[{ signer, signedAt, intact,"
					+ " certificateSubject }] } of the result, certified copy or printed form carrying the code")
	@ApiResponse(responseCode = "200", description = "the document and its signatures")
	@ApiResponse(responseCode = "404", description = "verify.not-found: no document carries this code")
	VerdictJson byCode(@PathVariable String verificationCode) {
		return this.verification.byCode(verificationCode)
			.map(v -> VerdictJson.of(v, this.zone))
			.orElseThrow(() -> RequestRefused.notFound("verify.not-found", verificationCode));
	}

	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Verify an uploaded PDF",
			description = "Whether this PDF, byte for byte or by its signatures, is one the system issued or digitized,"
					+ " unchanged: { genuine, documentId, dossierCode, kind, signatures[...] }")
	@ApiResponse(responseCode = "200", description = "the verdict")
	@ApiResponse(responseCode = "413", description = "document.too-large")
	@ApiResponse(responseCode = "415", description = "document.unsupported-type: not a PDF")
	@ApiResponse(responseCode = "422", description = "document.unreadable, document.empty, document.encrypted…")
	VerdictJson byUpload(@RequestParam("file") MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return VerdictJson.of(this.verification.byUpload(in), this.zone);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The answer of API.md. */
	record VerdictJson(boolean genuine, String documentId, String dossierCode, String kind,
			List<SignatureJson> signatures) {

		static VerdictJson of(Verdict verdict, ZoneId zone) {
			return new VerdictJson(verdict.genuine(), verdict.documentId(), verdict.dossierCode(), verdict.kind(),
					verdict.signatures()
						.stream()
						.map(s -> new SignatureJson(s.signer(),
								s.signedAt() == null ? null : s.signedAt().atZone(zone).toOffsetDateTime(), s.intact(),
								s.certificateSubject()))
						.toList());
		}

	}

	record SignatureJson(String signer, OffsetDateTime signedAt, boolean intact, String certificateSubject) {

	}

}
