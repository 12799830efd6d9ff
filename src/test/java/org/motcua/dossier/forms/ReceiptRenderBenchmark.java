package org.motcua.dossier.forms;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
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
 * ({@link FormRenderer#render}: template, openhtmltopdf with the DejaVu fonts embedded,
 * the QR code drawn, document information) and the QR code's modules alone. See
 * docs/benchmarks.md.
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

	/**
	 * The CPU time of one rendering on the calling thread, for a machine shared with
	 * other work: {@code java … org.motcua.dossier.forms.ReceiptRenderBenchmark [pdf]};
	 * writes the last receipt to {@code pdf} (default {@code target/receipt-sample.pdf}),
	 * which {@code SigningBenchmark} can then sign.
	 */
	public static void main(String[] args) throws Exception {
		ReceiptRenderBenchmark benchmark = new ReceiptRenderBenchmark();
		benchmark.setUp();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		byte[] pdf = null;
		for (int i = 0; i < 300; i++) {
			pdf = benchmark.receipt();
		}
		int count = 300;
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < count; i++) {
			pdf = benchmark.receipt();
		}
		long cpu = threads.getCurrentThreadCpuTime() - start;
		Path file = Path.of(args.length > 0 ? args[0] : "target/receipt-sample.pdf");
		Files.write(file, pdf);
		System.out.printf("receipt: %.2f ms CPU per rendering, %d bytes (written to %s)%n", cpu / 1e6 / count,
				pdf.length, file);
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
