package org.motcua.signature;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slf4j.LoggerFactory;

/**
 * Signatures per second: PAdES-B-B on a one-page PDF with a key from a PKCS#12 key store
 * (EC P-256 as the demo issues, RSA-2048 as Vietnamese CAs usually do), and offline
 * validation of such a signed PDF. Run as docs/benchmarks.md says; surefire does not pick
 * it up (not named …Tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

	static final SignerId SIGNER = SignerId.officer("benchmark");

	@Param({ "EC", "RSA" })
	public String key;

	Signing signing;

	byte[] pdf;

	byte[] signed;

	@Setup
	public void setUp() throws Exception {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		((Logger) LoggerFactory.getLogger("eu.europa.esig.dss")).setLevel(Level.ERROR);
		Path directory = Files.createTempDirectory("signing-benchmark");
		Clock clock = Clock.systemUTC();
		DemoCertificates authority = new DemoCertificates(directory, null, null, clock);
		KeyPairGenerator generator = KeyPairGenerator.getInstance(this.key);
		if (this.key.equals("EC")) {
			generator.initialize(new ECGenParameterSpec("secp256r1"));
		}
		else {
			generator.initialize(2048);
		}
		authority.issue(new X500Name("CN=Nguyễn Văn Thử, OU=benchmark, C=VN"), generator.generateKeyPair(),
				SIGNER.key(), directory.resolve("keys").resolve(SIGNER.key() + ".p12"), "benchmark".toCharArray());
		Pkcs12Keys keys = new Pkcs12Keys(directory.resolve("keys"),
				new SignatureProperties.Pkcs12(null, "benchmark", Map.of()), null);
		this.signing = new Signing(keys,
				new PadesSigning(null, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), clock,
						ZoneId.of("Asia/Ho_Chi_Minh")),
				new PadesValidation(TrustAnchors.of(List.of(), authority.authorityCertificate())));
		this.pdf = TestPdfs.onePage();
		this.signed = this.signing.sign(this.pdf, SIGNER);
		if (!this.signing.validate(this.signed).isIntact()) {
			throw new IllegalStateException("the benchmark's signed PDF does not validate");
		}
	}

	/**
	 * The CPU time of one signature and one validation on the calling thread, for a
	 * machine shared with other work (where JMH's wall-clock throughput mostly measures
	 * the others): {@code java … org.motcua.signature.SigningBenchmark EC|RSA [pdf]}, the
	 * one-page test PDF or the PDF {@code pdf} (e.g. a receipt).
	 */
	public static void main(String[] args) throws Exception {
		SigningBenchmark benchmark = new SigningBenchmark();
		benchmark.key = args.length > 0 ? args[0] : "EC";
		benchmark.setUp();
		if (args.length > 1) {
			benchmark.pdf = Files.readAllBytes(Path.of(args[1]));
			benchmark.signed = benchmark.signing.sign(benchmark.pdf, SIGNER);
		}
		for (int i = 0; i < 100; i++) {
			benchmark.signPadesBaselineB();
			benchmark.validate();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int count = 200;
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < count; i++) {
			benchmark.signPadesBaselineB();
		}
		long signing = threads.getCurrentThreadCpuTime() - start;
		start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < count; i++) {
			benchmark.validate();
		}
		long validating = threads.getCurrentThreadCpuTime() - start;
		System.out.printf("%s key: signing %.2f ms CPU per signature, validating %.2f ms CPU per PDF%n", benchmark.key,
				signing / 1e6 / count, validating / 1e6 / count);
	}

	@Benchmark
	public byte[] signPadesBaselineB() {
		return this.signing.sign(this.pdf, SIGNER);
	}

	@Benchmark
	public SignatureReport validate() {
		return this.signing.validate(this.signed);
	}

}
