package org.motcua.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.population.LookupResult;
import org.motcua.population.PopulationRegistry;
import org.motcua.shared.PersonalId;
import org.motcua.signature.Signing;
import org.motcua.warehouse.Deposit;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.ItemProvenance;
import org.motcua.warehouse.ItemSignature;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen portal from end to end in Chromium: a citizen registers, files a dossier
 * online reusing a paper from "my papers" and uploading another, the desk receives it,
 * the specialist asks for a supplement, the citizen answers online, the dossier is
 * finished and its result signed by the approver, and the citizen downloads the signed
 * result and rates the service. Staff act through the staff API with the demo keys (the
 * staff pages have browser tests of their own). Screenshots of the main portal pages are
 * copied to {@code docs/portal/} when the system property {@code motcua.docs} is true
 * ({@code -Dmotcua.docs=true}), so that ordinary runs leave the committed images alone.
 */
class PortalBrowserTests extends BrowserTest {

	static final Path DOCS = Paths.get("docs", "portal");

	/**
	 * A procedure filed fully online whose second paper accepts a land-use certificate.
	 */
	static final String PROCEDURE = "1.004222";

	@Autowired
	PopulationRegistry population;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Autowired
	Signing signing;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void citizenFilesOnlineAnswersASupplementDownloadsTheSignedResultAndRates() throws Exception {
		Person person = unregisteredPerson();
		register(person);
		login(person.id(), "mat-khau-cong-dan-2026");
		WarehouseItem landCertificate = depositLandCertificate(person.id());

		this.page.navigate("/portal?lang=vi");
		docsShot("home");
		this.page.navigate("/portal/file?q=" + PROCEDURE);
		this.page.locator("[id='file-" + PROCEDURE + "']").click();
		this.page.waitForURL("**/applicant");
		assertThat(this.page.locator("#applicant-name").textContent()).isEqualTo(person.name());
		assertThat(this.page.locator("#phone").inputValue()).isEqualTo("0912345678");
		this.page.locator("#agency").selectOption("000.20.01.H99");
		this.page.locator("#address").fill("Thôn 3, xã Đông Sơn");
		docsShot("applicant");
		this.page.locator("#next").click();
		this.page.waitForURL("**/papers");
		this.page.locator("[id='file-CT01']").setInputFiles(paper("to-khai-ct01.pdf", "To khai CT01"));
		this.page.locator("input[name='reuse-GTCH'][value='" + landCertificate.id() + "']").check();
		docsShot("papers");
		this.page.locator("#next").click();
		this.page.waitForURL("**/review");
		assertThat(this.page.locator("#review-papers").textContent()).contains("to-khai-ct01.pdf")
			.contains("Giấy chứng nhận quyền sử dụng đất");
		docsShot("review");
		this.page.locator("#submit").click();
		this.page.waitForURL("**/portal/dossiers/**");
		String code = this.page.locator("#code").textContent().strip();
		assertThat(this.page.locator("#status").textContent()).isEqualTo("Mới đăng ký");

		staff("desk1", code, "receive", "{}");
		staff("desk1", code, "hand-over", "{}");
		staff("specialist1", code, "request-supplement",
				"{\"missing\":[\"CT01\"],\"note\":\"Tờ khai CT01 thiếu chữ ký của chủ hộ\"}");

		this.page.navigate("/portal/dossiers/" + code);
		assertThat(this.page.locator("#status").textContent()).isEqualTo("Chờ bổ sung hồ sơ");
		this.page.locator("#supplement-CT01")
			.setInputFiles(paper("to-khai-ct01-bo-sung.pdf", "To khai CT01 co chu ky"));
		docsShot("supplement");
		this.page.locator("#send-supplement").click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("#status").textContent()).isEqualTo("Đang xử lý");

		staff("specialist1", code, "hand-over", "{}");
		staff("approver1", code, "finish", "{\"resultDocumentId\":\"" + upload("approver1") + "\"}");
		staff("approver1", code, "approve", "{}");

		this.page.navigate("/portal/dossiers/" + code);
		Download download = this.page.waitForDownload(() -> this.page.locator("#download-result").click());
		byte[] result = Files.readAllBytes(download.path());
		assertThat(this.signing.validate(result).isIntact()).isTrue();
		this.page.navigate("/portal/dossiers/" + code);
		assertThat(this.page.locator("#status").textContent()).isEqualTo("Đã trả kết quả");
		this.page.locator("#score-5").check();
		this.page.locator("#comment").fill("Nhanh, không phải đi lại");
		docsShot("dossier");
		this.page.locator("#rate").click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("#rating").textContent()).isEqualTo("5/5");

		this.page.navigate("/portal/papers");
		assertThat(this.page.locator("#items").textContent()).contains("Giấy chứng nhận quyền sử dụng đất");
		docsShot("papers-mine");
		this.page.navigate("/portal/dossiers");
		assertThat(this.page.locator("#dossiers").textContent()).contains(code);
		docsShot("dossiers");
	}

	@Test
	void publicPagesWorkOnAPhoneSizedScreen() throws Exception {
		Browser.NewContextOptions phone = new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
			.setViewportSize(375, 740)
			.setLocale("vi-VN");
		try (var context = this.page.context().browser().newContext(phone)) {
			Page small = context.newPage();
			small.navigate("/portal");
			assertThat(small.locator("h1").textContent()).isEqualTo("Cổng dịch vụ công");
			Object overflow = small.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).isEqualTo(false);
			small.locator("#home-code").focus();
			small.keyboard().type("000.20.01.H99-000101-9999");
			small.keyboard().press("Tab");
			small.keyboard().type("1234");
			small.keyboard().press("Enter");
			small.waitForURL("**/portal/lookup**");
			assertThat(small.locator("#not-found").textContent()).contains("Không tìm thấy hồ sơ");
			Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-lookup-phone.png");
			small.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			toDocs(file, "lookup-phone");
		}
	}

	/** A person of the simulated population registry who has no account yet. */
	private Person unregisteredPerson() {
		for (int attempt = 0; attempt < 50; attempt++) {
			int k = ThreadLocalRandom.current().nextInt(5000);
			String id = simulatedId(k);
			long accounts = this.jdbc.sql("SELECT COUNT(*) FROM account WHERE personal_id = :id")
				.param("id", id)
				.query(Long.class)
				.single();
			if (accounts > 0) {
				continue;
			}
			LookupResult found = this.population.lookUp(PersonalId.of(id), null, null, "browser test");
			if (found.isFound()) {
				return new Person(id, found.resident().fullName(), found.resident().birthDate());
			}
		}
		throw new IllegalStateException("No unregistered person found in the simulated registry");
	}

	/**
	 * The ID the registry simulator gives its person {@code k}: 099, the gender and
	 * century digit, the year of birth, {@code k} in six digits (see the simulator).
	 */
	private static String simulatedId(int k) {
		Random random = new Random(20261127L * 31 + k);
		boolean male = random.nextBoolean();
		LocalDate birthDate = LocalDate.of(1940 + random.nextInt(68), 1, 1).plusDays(random.nextInt(365));
		int century = birthDate.getYear() < 2000 ? 0 : 2;
		return "099" + (century + (male ? 0 : 1)) + String.format("%02d", birthDate.getYear() % 100)
				+ String.format("%06d", k);
	}

	private void register(Person person) {
		this.page.navigate("/register?lang=vi");
		this.page.locator("#fullName").fill(person.name());
		this.page.locator("#personalId").fill(person.id());
		this.page.locator("#birthDate").fill(person.birthDate().toString());
		this.page.locator("#email").fill("cong-dan-" + person.id() + "@example.vn");
		this.page.locator("#phone").fill("0912345678");
		this.page.locator("#password").fill("mat-khau-cong-dan-2026");
		this.page.locator("#repeat").fill("mat-khau-cong-dan-2026");
		this.page.locator("form.stack button[type=submit]").click();
		this.page.waitForURL("**/login?registered");
	}

	/** A land-use right certificate digitized at an earlier dossier, signed, in force. */
	private WarehouseItem depositLandCertificate(String personalId) {
		String documentId = this.documents
			.store(new ByteArrayInputStream(TestPapers.pdf("Giay chung nhan QSDD")), "gcn.pdf", "application/pdf")
			.sha256();
		return this.warehouse.deposit(new Deposit(OwnerId.parse(personalId), documentId, ItemKind.PAPER, "GCNQSDD",
				"CS 01234", LocalDate.of(2020, 6, 1), "Sở Tài nguyên và Môi trường", null, null,
				"Giấy chứng nhận quyền sử dụng đất", Map.of(),
				new ItemProvenance("000.20.01.H99-200601-0001", "desk1", null),
				new ItemSignature(SignatureStatus.SIGNED_INTACT, "CN=desk1", null)));
	}

	private Path paper(String name, String line) throws IOException {
		Path file = Files.createTempDirectory("portal-").resolve(name);
		Files.write(file, TestPapers.pdf(line));
		return file;
	}

	/** One action of the staff API with a demo key; it must succeed. */
	private void staff(String user, String code, String action, String body) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/dossiers/" + code + "/" + action))
			.header("Authorization", "Bearer demo-" + user)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("%s %s: %s", user, action, answer.body()).isEqualTo(200);
	}

	/** Uploads a result PDF through the staff API and answers its document ID. */
	private String upload(String user) throws Exception {
		String boundary = UUID.randomUUID().toString();
		byte[] pdf = TestPapers.pdf("Xac nhan tam tru");
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kq.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + pdf.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(pdf, 0, body, head.length, pdf.length);
		System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/documents"))
				.header("Authorization", "Bearer demo-" + user)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return answer.body().replaceAll(".*\"documentId\"\\s*:\\s*\"([0-9a-f]{64})\".*", "$1");
	}

	/** A screenshot in target/screenshots, copied into docs/portal for the README. */
	private void docsShot(String name) throws IOException {
		toDocs(screenshot(name), name);
	}

	private static void toDocs(Path file, String name) throws IOException {
		if (Boolean.getBoolean("motcua.docs")) {
			Files.createDirectories(DOCS);
			Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	record Person(String id, String name, LocalDate birthDate) {

	}

}
