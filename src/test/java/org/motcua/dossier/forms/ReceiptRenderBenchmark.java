package org.motcua.dossier.forms;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What issuing a receipt costs in CPU, as intake pays it: the whole rendering
 * ({@link FormRenderer#render}: template, QR code, openhtmltopdf with the DejaVu fonts
 * embedded, document information) and the QR code's PNG alone. See docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReceiptRenderBenchmark {

	FormRenderer renderer;

	Receipt receipt;

	VerificationCode code;

	@Setup
	public void setUp() {
		this.renderer = new FormRenderer(Path.of("/usr/share/fonts/truetype/dejavu"), ZoneId.of("Asia/Ho_Chi_Minh"));
		this.receipt = Samples.receipt();
		this.code = VerificationCode.random();
	}

	@Benchmark
	public byte[] receipt() {
		return this.renderer.render(this.receipt, this.code, Samples.ISSUED);
	}

	@Benchmark
	public Object qrCode() {
		return QrCodes.modules(QrPayload.of(this.receipt, this.code).text());
	}

}
