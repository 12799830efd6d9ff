package org.motcua.platform;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The backup page of a province administrator: what would be backed up, and a button that
 * downloads the backup. On PostgreSQL it says how to back up instead.
 */
@Controller
@RequestMapping("/admin/backup")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class BackupPageController {

	private final EmbeddedBackup backup;

	private final Installation installation;

	private final Clock clock;

	BackupPageController(EmbeddedBackup backup, Installation installation, Clock clock) {
		this.backup = backup;
		this.installation = installation;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("backup", new BackupView(this.installation.version(), this.installation.dataDir().toString(),
				this.installation.database().kind(), this.backup.isPossible()));
		return "platform/backup";
	}

	@PostMapping
	String download(HttpServletResponse response, Model model) throws IOException {
		if (!this.backup.isPossible()) {
			return page(model);
		}
		BackupController.download(response, this.clock);
		this.backup.writeTo(response.getOutputStream());
		response.flushBuffer();
		return null;
	}

	/** What the backup page shows. */
	record BackupView(String version, String dataDir, String database, boolean possible) {
	}

}
