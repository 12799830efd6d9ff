package org.motcua.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.motcua.platform.PrintTemplates;

/**
 * The periodic report as a PDF document: its tables (by agency, by field, by level) and
 * the flow of the period, laid out from the XHTML template
 * {@code templates/statistics/pdf/report.html} by openhtmltopdf on A4 landscape, with the
 * DejaVu Sans faces embedded (subsets) so that Vietnamese prints as it reads. The fonts
 * are read from the folder the printed forms use ({@code motcua.dossier.forms.font-dir},
 * by default Debian's {@code /usr/share/fonts/truetype/dejavu}).
 */
@Component
class ReportPdf {

	private final SpringTemplateEngine templates;

	private final Path fontDir;

	ReportPdf(MessageSource messages,
			@Value("${motcua.dossier.forms.font-dir:/usr/share/fonts/truetype/dejavu}") Path fontDir) {
		this.fontDir = fontDir;
		this.templates = PrintTemplates.engine("templates/statistics/pdf/");
		this.templates.setTemplateEngineMessageSource(messages);
	}

	/** The PDF of the report tables of {@code cut}, in the language of {@code locale}. */
	byte[] render(ReportTable report, List<String> fieldHeaders, Map<String, Indicators> byField,
			Map<String, Indicators> byLevel, IndicatorQuery cut, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("report", report);
		model.put("fieldHeaders", fieldHeaders);
		model.put("byField", byField);
		model.put("byLevel", byLevel);
		model.put("cut", cut);
		String html = this.templates.process("report", new Context(locale, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.useFont(this.fontDir.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans", 400, FontStyle.NORMAL,
					true);
			builder.useFont(this.fontDir.resolve("DejaVuSans-Bold.ttf").toFile(), "DejaVu Sans", 700, FontStyle.NORMAL,
					true);
			builder.withProducer("motcua");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
