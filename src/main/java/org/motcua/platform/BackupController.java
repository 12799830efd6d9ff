package org.motcua.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/backup}: the whole embedded installation as one zip. */
@RestController
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final EmbeddedBackup backup;

	private final Clock clock;

	BackupController(EmbeddedBackup backup, Clock clock) {
		this.backup = backup;
		this.clock = clock;
	}

	@PostMapping("/api/v1/admin/backup")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Back up the embedded installation",
			description = "Streams a zip of the H2 database (copied online), every stored document and a manifest.json "
					+ "with the SHA-256 of each entry. Restore it offline with "
					+ "`java -jar motcua.jar restore <backup.zip> <data-dir>`. Province administrators only.")
	@ApiResponse(responseCode = "200", description = "the backup (application/zip)")
	@ApiResponse(responseCode = "409", description = "backup.embedded-only: the database is not an embedded H2 file")
	void backup(HttpServletResponse response) throws IOException {
		if (!this.backup.isPossible()) {
			throw RequestRefused.conflict("backup.embedded-only");
		}
		download(response, this.clock);
		this.backup.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

	static void download(HttpServletResponse response, Clock clock) {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("motcua-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip")
					.build()
					.toString());
	}

}
