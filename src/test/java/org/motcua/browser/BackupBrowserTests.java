package org.motcua.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province administrator downloads a backup of the running embedded installation from
 * the backup page; other staff do not get the page.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:file:./target/test-data/browser-${random.uuid}/db/motcua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class BackupBrowserTests extends BrowserTest {

	@Test
	void downloadsBackupFromBackupPage() throws IOException {
		login("admin", "motcua2026");
		this.page.navigate("/admin/backup");
		assertThat(this.page.locator("h1")).hasText("Sao lưu hệ thống");
		screenshot("backup-page");

		Download download = this.page.waitForDownload(() -> this.page.locator("button.primary").click());

		assertThat(download.suggestedFilename()).startsWith("motcua-backup-").endsWith(".zip");
		assertThat(entries(download.path())).contains("db/motcua.mv.db", "manifest.json");
	}

	@Test
	void refusesBackupPageToDeskOfficer() {
		login("desk1", "motcua2026");

		assertThat(this.page.navigate("/admin/backup").status()).isEqualTo(403);
	}

	private static List<String> entries(Path zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			file.stream().forEach(entry -> names.add(entry.getName()));
		}
		return names;
	}

}
