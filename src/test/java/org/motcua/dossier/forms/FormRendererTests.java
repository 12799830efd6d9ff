package org.motcua.dossier.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form rendered to a PDF, read back with PDFBox and zxing. */
class FormRendererTests {

	static final Path SAMPLES = Path.of("target/forms");

	final FormRenderer renderer = new FormRenderer(Path.of("/usr/share/fonts/truetype/dejavu"),
			ZoneId.of("Asia/Ho_Chi_Minh"));

	@Test
	void rendersReceipt() throws IOException {
		byte[] pdf = render(Samples.receipt(), "receipt");
		assertThat(pdf).isNotEmpty();
	}

	private byte[] render(FormContent content, String name) throws IOException {
		byte[] pdf = this.renderer.render(content, VerificationCode.random(), Samples.ISSUED);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
		return pdf;
	}

}
