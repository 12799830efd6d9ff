package org.motcua.dossier.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every form rendered to a PDF and read back with PDFBox and zxing; the samples are left
 * in {@code target/forms} to be looked at.
 */
class FormRendererTests {

	static final Path SAMPLES = Path.of("target/forms");

	static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	final FormRenderer renderer = new FormRenderer(Path.of("/usr/share/fonts/truetype/dejavu"),
			ZoneId.of("Asia/Ho_Chi_Minh"));

	final VerificationCode code = VerificationCode.random();

	@Test
	void rendersReceiptWithPapersAndDueInstant() throws IOException {
		PdfReading pdf = render(Samples.receipt());

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.pages()).hasSize(1);
		assertThat(pdf.text()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", NATION, MOTTO,
				"Đông Sơn, ngày 27 tháng 11 năm 2026", "Mã hồ sơ: 000.20.01.H99-231027-0361",
				"Thời gian trả kết quả: 09 giờ 32 phút, ngày 03 tháng 11 năm 2023",
				"Thời gian nhận hồ sơ: 09 giờ 32 phút, ngày 27 tháng 10 năm 2023", "Lê Văn Lực", "Bản chính", "Bản sao",
				"phuongthao.nguyen@example.vn", this.code.value());
		assertThat(pdf.flatText()).contains(Samples.APPLICANT_NAME, "Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp",
				"Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế");
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.RECEIPT);
	}

	@Test
	void rendersReceiptOfManyPapersOverPagesWithTheTableHeaderRepeated() throws IOException {
		Receipt one = Samples.receipt();
		java.util.List<Receipt.Paper> papers = new java.util.ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			papers.add(new Receipt.Paper("Giấy tờ số " + i + " về đất đai, nhà ở và tài sản khác gắn liền với đất", i,
					i % 2 == 0));
		}
		// a name with a character no face of the form has, and decomposed diacritics
		Applicant applicant = new Applicant("Nguye\u0302\u0303n Văn \u4E2D", "034099001234", null, null, null);
		Receipt many = new Receipt(one.issuer(),
				new DossierFacts(one.dossier().code(), one.dossier().procedureCode(), one.dossier().procedureName(),
						applicant, one.dossier().receivedAt(), one.dossier().dueAt()),
				papers, one.timeLimit(), one.resultPlace());

		PdfReading pdf = render(many);

		assertThat(pdf.pages()).hasSizeGreaterThan(1).allMatch(page -> page.getWidth() < page.getHeight());
		assertThat(occurrences(pdf.text(), "Tên giấy tờ")).isGreaterThan(1);
		assertThat(pdf.flatText()).contains("Giấy tờ số 1 về đất đai", "Giấy tờ số 40 về đất đai", "Nguyễn Văn ?",
				"Trang 1/" + pdf.pages().size(), "Trang " + pdf.pages().size() + "/" + pdf.pages().size(),
				this.code.value());
		assertThat(pdf.text()).contains("...........");
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.RECEIPT);
	}

	@Test
	void rendersSupplementRequestWithEveryMissingPaperAndReason() throws IOException {
		PdfReading pdf = render(Samples.supplementRequest());

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.text()).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", NATION, MOTTO);
		assertThat(pdf.flatText()).contains("Chưa có chứng thực chữ ký của người ủy quyền",
				"Họ tên người mẹ trên giấy chứng nhận kết hôn khác với tờ khai", "Văn bản ủy quyền có chứng thực",
				Samples.APPLICANT_NAME);
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.SUPPLEMENT_REQUEST);
	}

	@Test
	void rendersRefusalWithReasons() throws IOException {
		PdfReading pdf = render(Samples.refusal());

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.text()).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", MOTTO);
		assertThat(pdf.flatText()).contains("Thủ tục không thuộc thẩm quyền giải quyết của UBND xã Đông Sơn",
				"Người nộp hồ sơ không phải là cha, mẹ hoặc người được ủy quyền hợp pháp");
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.REFUSAL);
	}

	@Test
	void rendersApologyWithOldAndNewDueInstants() throws IOException {
		PdfReading pdf = render(Samples.apology());

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.text()).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
				"Thời gian hẹn trả kết quả: 09 giờ 32 phút, ngày 03 tháng 11 năm 2023",
				"Thời gian hẹn trả kết quả mới: 09 giờ 32 phút, ngày 07 tháng 11 năm 2023");
		assertThat(pdf.flatText()).contains("chưa nhận được kết quả xác minh", "thành thật xin lỗi");
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.APOLOGY);
	}

	@Test
	void rendersStopNoticeWithReason() throws IOException {
		PdfReading pdf = render(Samples.stopNotice());

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.text()).contains("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ", MOTTO);
		assertThat(pdf.flatText()).contains("Người yêu cầu có văn bản đề nghị dừng giải quyết hồ sơ ngày 01/11/2023");
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.STOP_NOTICE);
	}

	@Test
	void rendersControlSlipOfManyHandOffsOverPages() throws IOException {
		PdfReading pdf = render(Samples.controlSlip(25));

		assertThat(pdf.isA5Portrait()).isTrue();
		assertThat(pdf.pages()).hasSizeGreaterThan(1);
		assertThat(pdf.flatText()).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Trước hạn", "Đúng hạn",
				"Quá hạn", "Nguyễn Văn Trường Giang", "Trần Thị Bích Ngọc");
		assertThat(occurrences(pdf.flatText(), "Bên giao (đơn vị, người giao)"))
			.as("table header on every page of the table")
			.isGreaterThanOrEqualTo(2);
		assertThat(occurrences(pdf.text(), "Trước hạn")).isEqualTo(9);
		assertThat(occurrences(pdf.text(), "Đúng hạn")).isEqualTo(8);
		assertThat(occurrences(pdf.text(), "Quá hạn")).isEqualTo(8);
		assertEmbeddedFonts(pdf);
		assertQr(pdf, FormKind.CONTROL_SLIP);
	}

	@Test
	void rendersTrackingBookOnA4LandscapeWithRepeatedHeaderAndPageNumbers() throws IOException {
		PdfReading pdf = render(Samples.trackingBook(120));

		assertThat(pdf.isA4Landscape()).isTrue();
		int pages = pdf.pages().size();
		assertThat(pages).isGreaterThan(3);
		assertThat(pdf.flatText()).contains("SỔ THEO DÕI HỒ SƠ", MOTTO, "Từ ngày 01/11/2026 đến ngày 30/11/2026",
				"000.20.01.H99-261114-0120", "Trang 1/" + pages, "Trang " + pages + "/" + pages);
		assertThat(occurrences(pdf.flatText(), "Ngày hẹn trả")).isEqualTo(pages);
		assertThat(pdf.flatText()).contains(Samples.APPLICANT_NAME);
		assertEmbeddedFonts(pdf);
		assertThat(pdf.topLeftQr()).isNull();
	}

	@Test
	void setsDocumentInformation() throws IOException {
		byte[] bytes = this.renderer.render(Samples.refusal(), this.code, Samples.ISSUED);
		try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
			var information = document.getDocumentInformation();
			assertThat(information.getTitle()).isEqualTo("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
			assertThat(information.getProducer()).isEqualTo("motcua");
			assertThat(information.getCreationDate().toInstant()).isEqualTo(Samples.ISSUED);
		}
	}

	@Test
	void rendersMoreFormsAtOnceThanParsedFontSetsEachWhole() throws Exception {
		int at = FormFonts.KEPT_SETS * 3;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(at);
		try {
			java.util.List<java.util.concurrent.Future<byte[]>> renderings = new java.util.ArrayList<>();
			for (int i = 0; i < at * 2; i++) {
				renderings.add(pool.submit(() -> this.renderer.render(Samples.receipt(), this.code, Samples.ISSUED)));
			}
			for (java.util.concurrent.Future<byte[]> rendering : renderings) {
				PdfReading pdf = PdfReading.of(rendering.get(2, java.util.concurrent.TimeUnit.MINUTES));
				assertThat(pdf.pages()).hasSize(1);
				assertThat(pdf.flatText()).contains(Samples.APPLICANT_NAME,
						"Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp");
				assertEmbeddedFonts(pdf);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void refusesFontDirectoryWithoutTheFonts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FormRenderer(Path.of("target"), ZoneId.of("Asia/Ho_Chi_Minh")))
			.withMessageContaining("DejaVuSerif.ttf");
	}

	private void assertQr(PdfReading pdf, FormKind kind) {
		assertThat(pdf.topLeftQr()).as("QR code in the top-left corner").isNotNull();
		assertThat(pdf.topLeftQr()).doesNotContain(Samples.PERSONAL_ID);
		QrPayload payload = QrPayload.parse(pdf.topLeftQr()).orElseThrow();
		assertThat(payload).isEqualTo(new QrPayload("000.20.01.H99-231027-0361", "1.001193", "1234", kind, this.code));
		assertThat(pdf.text()).doesNotContain(Samples.PERSONAL_ID);
	}

	private static void assertEmbeddedFonts(PdfReading pdf) {
		assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded, "is embedded");
		assertThat(pdf.fonts()).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVu"));
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private PdfReading render(FormContent content) throws IOException {
		byte[] pdf = this.renderer.render(content, this.code, Samples.ISSUED);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(content.kind().template() + ".pdf"), pdf);
		return PdfReading.of(pdf);
	}

}
