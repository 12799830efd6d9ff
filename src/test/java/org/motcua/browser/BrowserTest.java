package org.motcua.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven by Debian's
 * Chromium through Playwright. One browser per test class, a fresh context (no cookies)
 * and page per test. The browser itself prefers English, so a page that comes out in
 * Vietnamese does so because Vietnamese is motcua's default, not the browser's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
			.setLocale("en-US")
			.setViewportSize(1280, 800)
			.setAcceptDownloads(true));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	/** Logs in through the login form and waits for the page it leads to. */
	protected void login(String username, String password) {
		this.page.navigate("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		this.page.locator("form.stack button[type=submit]").click();
		this.page.waitForLoadState();
	}

	/** Saves a full-page screenshot as {@code target/screenshots/<class>-<name>.png}. */
	protected Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

}
