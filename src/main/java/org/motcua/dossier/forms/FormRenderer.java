package org.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.PrintTemplates;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders a form: the receipt drawn straight with PDFBox ({@link ReceiptDrawing}), every
 * other form from its Thymeleaf template ({@code templates/dossier/forms/<kind>.html},
 * well-formed XHTML) to a PDF by openhtmltopdf; with the DejaVu fonts embedded, and the
 * document information set (title, producer {@code motcua}, creation date = the issue
 * instant).
 */
@Component
class FormRenderer {

	private final SpringTemplateEngine templates;

	private final FormFonts fonts;

	private final DefaultObjectDrawerFactory drawers = QrSymbol.drawers();

	private final VietnameseDates dates;

	private final ReceiptDrawing receipts;

	@Autowired
	FormRenderer(FormsProperties properties, PlatformProperties platform) {
		this(properties.fontDir(), platform.zone());
	}

	FormRenderer(Path fontDir, ZoneId zone) {
		XRLog.setLoggerImpl(new RendererLog());
		this.fonts = FormFonts.of(new FormsProperties(fontDir).fontDir());
		this.dates = new VietnameseDates(zone);
		this.receipts = new ReceiptDrawing(this.fonts, this.dates);
		this.templates = PrintTemplates.engine("templates/dossier/forms/");
	}

	/** The PDF of {@code content}, issued at {@code issuedAt} under {@code code}. */
	byte[] render(FormContent content, VerificationCode code, Instant issuedAt) {
		if (content instanceof Receipt receipt) {
			try {
				return this.receipts.draw(receipt, code, issuedAt);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Map<String, Object> model = new HashMap<>();
		model.put("content", content);
		model.put("kind", content.kind());
		model.put("issuer", content.issuer());
		model.put("dates", this.dates);
		model.put("code", code.value());
		model.put("issuedAt", issuedAt);
		if (content instanceof DossierForm form) {
			model.put("dossier", form.dossier());
			model.put("qr", QrPayload.of(form, code).text());
		}
		String html = this.templates.process(content.kind().template(), new Context(null, model));
		return toPdf(html, content.kind(), issuedAt);
	}

	/**
	 * Lays the page out and saves it once, with its document information set on the open
	 * document (not by loading the saved bytes again).
	 */
	private byte[] toPdf(String html, FormKind kind, Instant issuedAt) {
		List<TrueTypeFont> fonts = this.fonts.borrow();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.withHtmlContent(html, null);
			builder.useObjectDrawerFactory(this.drawers);
			this.fonts.offer(builder, document, fonts);
			builder.withProducer("motcua");
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFKeepOpen();
				return save(document, kind, issuedAt);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.fonts.giveBack(fonts);
		}
	}

	/**
	 * Saves a form's PDF with its document information: title, producer and creator
	 * {@code motcua}, created and modified at the issue instant.
	 */
	static byte[] save(PDDocument document, FormKind kind, Instant issuedAt) throws IOException {
		PDDocumentInformation information = document.getDocumentInformation();
		GregorianCalendar issued = GregorianCalendar.from(issuedAt.atZone(ZoneId.of("UTC")));
		information.setTitle(kind.title());
		information.setProducer("motcua");
		information.setCreator("motcua");
		information.setCreationDate(issued);
		information.setModificationDate(issued);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		document.save(pdf);
		return pdf.toByteArray();
	}

}
