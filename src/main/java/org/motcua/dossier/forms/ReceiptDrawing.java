package org.motcua.dossier.forms;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) drawn straight on A5 pages with
 * PDFBox: the same content and layout as the other forms' templates (heading with the QR
 * code and the verification code in the top-left corner, the papers' table, the
 * signatures, the issue line, page numbers), without laying out HTML. The receipt is
 * printed for every dossier received, so it is the one form whose cost counts; ADR 005
 * says why it is drawn here and the other forms from templates. Text is wrapped by the
 * embedded DejaVu Serif faces' widths; a character those faces lack prints as {@code ?}.
 */
final class ReceiptDrawing {

	private static final float MM = 72f / 25.4f;

	private static final PDRectangle A5 = new PDRectangle(148 * MM, 210 * MM);

	private static final float TOP = 11 * MM;

	private static final float RIGHT = 11 * MM;

	private static final float BOTTOM = 12 * MM;

	private static final float LEFT = 13 * MM;

	private static final float WIDTH = A5.getWidth() - LEFT - RIGHT;

	private static final float BODY = 8f;

	private static final float LINE = 1.3f;

	private static final Color RULE_GREY = new Color(0x88, 0x88, 0x88);

	private static final Color FOOT_GREY = new Color(0x44, 0x44, 0x44);

	private static final Color PAGE_GREY = new Color(0x55, 0x55, 0x55);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final FormFonts fonts;

	private final VietnameseDates dates;

	ReceiptDrawing(FormFonts fonts, VietnameseDates dates) {
		this.fonts = fonts;
		this.dates = dates;
	}

	/** The receipt's PDF, issued at {@code issuedAt} under {@code code}. */
	byte[] draw(Receipt receipt, VerificationCode code, Instant issuedAt) throws IOException {
		List<TrueTypeFont> set = this.fonts.borrow();
		try (PDDocument document = new PDDocument()) {
			Page page = new Page(document, set);
			draw(page, receipt, code, issuedAt);
			page.close();
			page.numberPages();
			return FormRenderer.save(document, FormKind.RECEIPT, issuedAt);
		}
		finally {
			this.fonts.giveBack(set);
		}
	}

	private void draw(Page page, Receipt receipt, VerificationCode code, Instant issuedAt) throws IOException {
		DossierFacts dossier = receipt.dossier();
		Issuer issuer = receipt.issuer();
		heading(page, receipt, code, issuedAt);
		page.centered(FormKind.RECEIPT.title(), page.bold, 10f, 1 * MM, 0.5f * MM);
		page.centered("Mã hồ sơ: " + dossier.code(), page.italic, BODY, 0, 2.5f * MM);
		page.paragraph(List.of(page.run(issuer.agencyName() + " tiếp nhận hồ sơ của:")));
		page.paragraph(List.of(page.run("Ông/Bà/Tổ chức: "), page.strong(dossier.applicant().name())));
		if (dossier.applicant().address() != null) {
			page.paragraph(List.of(page.run("Địa chỉ: " + dossier.applicant().address())));
		}
		page.paragraph(List.of(page.run("Số điện thoại: " + orDots(dossier.applicant().phone()) + "\u00a0\u00a0 Email: "
				+ orDots(dossier.applicant().email()))));
		page.paragraph(List.of(page.run("Nội dung yêu cầu giải quyết: "), page.strong(dossier.procedureName()),
				page.run(" (mã " + dossier.procedureCode() + ")")));
		page.paragraph(List.of(page.run("1. Thành phần hồ sơ nộp gồm:")));
		papers(page, receipt.papers());
		page.paragraph(List.of(page.run("2. Số lượng hồ sơ: 01 (bộ)")));
		if (receipt.timeLimit() != null) {
			page.paragraph(List.of(page.run("3. Thời gian giải quyết hồ sơ theo quy định: " + receipt.timeLimit())));
		}
		page.paragraph(List.of(page.run("4. Thời gian nhận hồ sơ: " + this.dates.dateTime(dossier.receivedAt()))));
		page.paragraph(List.of(page.strong("5. Thời gian trả kết quả: " + this.dates.dateTime(dossier.dueAt()))));
		page.paragraph(List.of(page.run("6. Nhận kết quả tại: " + receipt.resultPlace())));
		signatures(page, dossier.applicant().name(), issuer.officerName());
		issued(page, code, issuedAt);
	}

	private void heading(Page page, Receipt receipt, VerificationCode code, Instant issuedAt) throws IOException {
		float top = page.y;
		float qrColumn = 23 * MM;
		float agencyColumn = 35 * MM;
		float nationColumn = WIDTH - qrColumn - agencyColumn;
		// the QR code (21 mm) and the verification code under it
		float side = 21 * MM;
		page.qr(QrCodes.modules(QrPayload.of(receipt, code).text()), LEFT, top, side);
		float qrBottom = page.lineAt(code.value(), page.regular, 6f, LEFT, top - side);
		// the agency, under its superior
		float x = LEFT + qrColumn;
		float y = top;
		Issuer issuer = receipt.issuer();
		if (issuer.superiorName() != null) {
			y = page.centeredIn(issuer.superiorName().toUpperCase(VIETNAMESE), page.regular, 7f, x,
					agencyColumn - 1 * MM, y);
		}
		y = page.centeredIn(issuer.agencyName().toUpperCase(VIETNAMESE), page.bold, 7f, x, agencyColumn - 1 * MM, y);
		y = page.rule(x, agencyColumn - 1 * MM, y);
		float agencyBottom = y;
		// the nation's heading and the date line
		x = LEFT + qrColumn + agencyColumn;
		y = top;
		String number = FormKind.RECEIPT.number();
		if (!number.isEmpty()) {
			float width = page.width(number, page.italic, 7f);
			y = page.lineAt(number, page.italic, 7f, x + nationColumn - width, y) - 1 * MM;
		}
		y = page.centeredIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.bold, 7f, x, nationColumn, y);
		y = page.centeredIn("Độc lập - Tự do - Hạnh phúc", page.bold, 7f, x, nationColumn, y);
		y = page.rule(x, nationColumn, y);
		y = page.centeredIn(this.dates.placeAndDate(issuer.place(), issuedAt), page.italic, 7f, x, nationColumn,
				y - 1.5f * MM + 0.8f * MM);
		page.y = Math.min(Math.min(qrBottom, agencyBottom), y) - 3 * MM;
	}

	private void papers(Page page, List<Receipt.Paper> papers) throws IOException {
		float[] columns = { 8 * MM, WIDTH - 8 * MM - 19 * MM - 15 * MM, 19 * MM, 15 * MM };
		String[] header = { "TT", "Tên giấy tờ", "Hình thức", "Số lượng" };
		page.y -= 1 * MM;
		page.tableRow(columns, header, page.bold, 6.5f, true);
		int row = 0;
		for (Receipt.Paper paper : papers) {
			row++;
			String[] cells = { Integer.toString(row), paper.name(), paper.original() ? "Bản chính" : "Bản sao",
					Integer.toString(paper.copies()) };
			if (!page.fits(page.rowHeight(columns, cells, page.regular, 7.5f))) {
				page.next();
				page.tableRow(columns, header, page.bold, 6.5f, true);
			}
			page.tableRow(columns, cells, page.regular, 7.5f, false);
		}
		page.y -= 1.5f * MM;
	}

	private void signatures(Page page, String applicant, String officer) throws IOException {
		float half = WIDTH / 2;
		float names = Math.max(page.lines(applicant, page.bold, BODY, half).size(),
				page.lines(officer, page.bold, BODY, half).size());
		float height = 3 * MM + BODY * LINE * (2 + names) + 11 * MM;
		if (!page.fits(height)) {
			page.next();
		}
		float y = page.y - 3 * MM;
		page.centeredIn("NGƯỜI NỘP HỒ SƠ", page.bold, BODY, LEFT, half, y);
		y = page.centeredIn("NGƯỜI TIẾP NHẬN HỒ SƠ", page.bold, BODY, LEFT + half, half, y);
		page.centeredIn("(Ký và ghi rõ họ tên)", page.italic, BODY, LEFT, half, y);
		y = page.centeredIn("(Ký và ghi rõ họ tên)", page.italic, BODY, LEFT + half, half, y) - 11 * MM;
		float left = page.centeredIn(applicant, page.bold, BODY, LEFT, half, y);
		float right = page.centeredIn(officer, page.bold, BODY, LEFT + half, half, y);
		page.y = Math.min(left, right);
	}

	private void issued(Page page, VerificationCode code, Instant issuedAt) throws IOException {
		String text = "Lập lúc " + this.dates.dateTime(issuedAt) + " · Mã xác thực: " + code.value()
				+ " · Kiểm tra tính xác thực bằng mã QR hoặc mã xác thực.";
		float height = 2.5f * MM + 1 * MM + page.lines(text, page.regular, 6f, WIDTH).size() * 6f * LINE;
		if (!page.fits(height)) {
			page.next();
		}
		page.y -= 2.5f * MM;
		page.stroke(LEFT, page.y, LEFT + WIDTH, page.y, 0.4f, RULE_GREY);
		page.y -= 1 * MM;
		page.color = FOOT_GREY;
		for (String line : page.lines(text, page.regular, 6f, WIDTH)) {
			page.y = page.lineAt(line, page.regular, 6f, LEFT, page.y);
		}
		page.color = Color.BLACK;
	}

	private static String orDots(String value) {
		return value == null || value.isBlank() ? "..........." : value;
	}

	/** A run of text in one face. */
	private record Run(String text, PDType0Font font) {

	}

	/**
	 * The page being drawn and the pen's height on it ({@code y}, the top of the next
	 * line), with the faces embedded in the document.
	 */
	private static final class Page {

		private final PDDocument document;

		private final List<PDPage> pages = new ArrayList<>();

		private final PDType0Font regular;

		private final PDType0Font bold;

		private final PDType0Font italic;

		private final CmapLookup regularGlyphs;

		private final CmapLookup boldGlyphs;

		private final CmapLookup italicGlyphs;

		private PDPageContentStream content;

		private float y;

		private Color color = Color.BLACK;

		Page(PDDocument document, List<TrueTypeFont> set) throws IOException {
			this.document = document;
			this.regular = PDType0Font.load(document, set.get(0), true);
			this.bold = PDType0Font.load(document, set.get(1), true);
			this.italic = PDType0Font.load(document, set.get(2), true);
			this.regularGlyphs = set.get(0).getUnicodeCmapLookup();
			this.boldGlyphs = set.get(1).getUnicodeCmapLookup();
			this.italicGlyphs = set.get(2).getUnicodeCmapLookup();
			next();
		}

		void next() throws IOException {
			close();
			PDPage page = new PDPage(A5);
			this.document.addPage(page);
			this.pages.add(page);
			this.content = new PDPageContentStream(this.document, page);
			this.y = A5.getHeight() - TOP;
		}

		void close() throws IOException {
			if (this.content != null) {
				this.content.close();
				this.content = null;
			}
		}

		/** {@code Trang i/n} at the foot of every page. */
		void numberPages() throws IOException {
			int count = this.pages.size();
			for (int i = 0; i < count; i++) {
				String text = "Trang " + (i + 1) + "/" + count;
				try (PDPageContentStream foot = new PDPageContentStream(this.document, this.pages.get(i),
						AppendMode.APPEND, true)) {
					this.content = foot;
					this.color = PAGE_GREY;
					float width = width(text, this.regular, 7f);
					lineAt(text, this.regular, 7f, LEFT + (WIDTH - width) / 2, BOTTOM / 2 + 3.5f);
				}
			}
			this.content = null;
			this.color = Color.BLACK;
		}

		boolean fits(float height) {
			return this.y - height >= BOTTOM;
		}

		Run run(String text) {
			return new Run(text, this.regular);
		}

		Run strong(String text) {
			return new Run(text, this.bold);
		}

		/**
		 * A paragraph of runs at the body size, wrapped to the page's width, 0.6 mm under
		 * what precedes it.
		 */
		void paragraph(List<Run> runs) throws IOException {
			List<List<Run>> lines = wrap(runs, BODY, WIDTH);
			this.y -= 0.6f * MM;
			for (List<Run> line : lines) {
				if (!fits(BODY * LINE)) {
					next();
				}
				float x = LEFT;
				for (Run run : line) {
					lineAt(run.text(), run.font(), BODY, x, this.y);
					x += width(run.text(), run.font(), BODY);
				}
				this.y -= BODY * LINE;
			}
		}

		/** A centred block across the page, with space above and below. */
		void centered(String text, PDType0Font font, float size, float above, float below) throws IOException {
			this.y -= above;
			this.y = centeredIn(text, font, size, LEFT, WIDTH, this.y) - below;
		}

		/**
		 * Text centred in the column at {@code x} of {@code width}, from {@code top};
		 * answers the height under it.
		 */
		float centeredIn(String text, PDType0Font font, float size, float x, float width, float top)
				throws IOException {
			float y = top;
			for (String line : lines(text, font, size, width)) {
				float w = width(line, font, size);
				y = lineAt(line, font, size, x + (width - w) / 2, y);
			}
			return y;
		}

		/** One line whose box starts at {@code top}; answers the height under it. */
		float lineAt(String text, PDType0Font font, float size, float x, float top) throws IOException {
			if (!text.isEmpty()) {
				this.content.setNonStrokingColor(this.color);
				this.content.beginText();
				this.content.setFont(font, size);
				this.content.newLineAtOffset(x, top - size * LINE / 2 - size * 0.35f);
				this.content.showText(printable(text, font));
				this.content.endText();
			}
			return top - size * LINE;
		}

		/** A centred rule of 40 % of the column, 0.6 pt, as under the headings. */
		float rule(float x, float width, float top) throws IOException {
			float y = top - 1.2f * MM;
			stroke(x + width * 0.3f, y, x + width * 0.7f, y, 0.6f, Color.BLACK);
			return y - 1 * MM;
		}

		void stroke(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
			this.content.setStrokingColor(color);
			this.content.setLineWidth(width);
			this.content.moveTo(x1, y1);
			this.content.lineTo(x2, y2);
			this.content.stroke();
		}

		/**
		 * The QR code's dark modules as filled squares, top-left at ({@code x},
		 * {@code top}).
		 */
		void qr(BitMatrix modules, float x, float top, float side) throws IOException {
			float module = side / modules.getWidth();
			this.content.setNonStrokingColor(Color.BLACK);
			for (QrCodes.DarkRun run : QrCodes.darkRuns(modules)) {
				this.content.addRect(x + run.start() * module, top - (run.row() + 1) * module, run.length() * module,
						module);
			}
			this.content.fill();
		}

		float rowHeight(float[] columns, String[] cells, PDType0Font font, float size) throws IOException {
			int lines = 1;
			for (int i = 0; i < cells.length; i++) {
				lines = Math.max(lines, lines(cells[i], font, size, columns[i] - 2 * MM).size());
			}
			return lines * size * LINE + 1.2f * MM;
		}

		/**
		 * A row of the papers' table: bordered cells of wrapped text, the first, third
		 * and fourth centred (all when {@code header}, whose cells are also centred
		 * vertically).
		 */
		void tableRow(float[] columns, String[] cells, PDType0Font font, float size, boolean header)
				throws IOException {
			float height = rowHeight(columns, cells, font, size);
			float x = LEFT;
			for (int i = 0; i < cells.length; i++) {
				List<String> lines = lines(cells[i], font, size, columns[i] - 2 * MM);
				float textHeight = lines.size() * size * LINE;
				float y = this.y - 0.6f * MM - (header ? (height - 1.2f * MM - textHeight) / 2 : 0);
				for (String line : lines) {
					float w = width(line, font, size);
					float at = (header || i != 1) ? x + (columns[i] - w) / 2 : x + 1 * MM;
					y = lineAt(line, font, size, at, y);
				}
				this.content.setStrokingColor(Color.BLACK);
				this.content.setLineWidth(0.5f);
				this.content.addRect(x, this.y - height, columns[i], height);
				this.content.stroke();
				x += columns[i];
			}
			this.y -= height;
		}

		/** {@code runs} broken into lines of at most {@code width}, at spaces. */
		List<List<Run>> wrap(List<Run> runs, float size, float width) throws IOException {
			List<List<Run>> lines = new ArrayList<>();
			List<Run> line = new ArrayList<>();
			float used = 0;
			for (Run run : runs) {
				for (String word : words(printable(run.text(), run.font()))) {
					float w = width(word, run.font(), size);
					if (used + w > width && !line.isEmpty() && !word.isBlank()) {
						lines.add(line);
						line = new ArrayList<>();
						used = 0;
						word = word.stripLeading();
						w = width(word, run.font(), size);
					}
					line.add(new Run(word, run.font()));
					used += w;
				}
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			return lines;
		}

		/** {@code text} broken into lines of at most {@code width}, at spaces. */
		List<String> lines(String text, PDType0Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			for (List<Run> runs : wrap(List.of(new Run(text, font)), size, width)) {
				StringBuilder line = new StringBuilder();
				runs.forEach(run -> line.append(run.text()));
				lines.add(line.toString());
			}
			return lines.isEmpty() ? List.of("") : lines;
		}

		/** The words of {@code text}, each with the spaces before it. */
		private static List<String> words(String text) {
			List<String> words = new ArrayList<>();
			int start = 0;
			for (int i = 1; i < text.length(); i++) {
				if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ') {
					words.add(text.substring(start, i));
					start = i;
				}
			}
			if (start < text.length()) {
				words.add(text.substring(start));
			}
			return words;
		}

		float width(String text, PDType0Font font, float size) throws IOException {
			return font.getStringWidth(printable(text, font)) / 1000f * size;
		}

		private CmapLookup glyphsOf(PDType0Font font) {
			return (font == this.bold) ? this.boldGlyphs
					: (font == this.italic) ? this.italicGlyphs : this.regularGlyphs;
		}

		/**
		 * {@code text} composed (NFC), with what the face has no glyph for (and control
		 * characters) replaced.
		 */
		private String printable(String text, PDType0Font font) {
			String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
			CmapLookup glyphs = glyphsOf(font);
			StringBuilder out = null;
			for (int i = 0; i < composed.length();) {
				int point = composed.codePointAt(i);
				boolean ok = point == ' ' || point == '\u00a0' ? true
						: !Character.isISOControl(point) && glyphs.getGlyphId(point) != 0;
				if (!ok && out == null) {
					out = new StringBuilder(composed.substring(0, i));
				}
				if (out != null) {
					if (ok) {
						out.appendCodePoint(point);
					}
					else {
						out.append(Character.isISOControl(point) ? ' ' : '?');
					}
				}
				i += Character.charCount(point);
			}
			return (out == null) ? composed : out.toString();
		}

	}

}
