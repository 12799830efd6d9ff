package org.motcua.dossier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.motcua.MotcuaApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load driver (not a test): desk intake throughput through the HTTP API on PostgreSQL.
 * Recreates the given PostgreSQL database, starts the application in this JVM on a random
 * loopback port with demo data (the demo API key {@code demo-desk1}), and makes every
 * dossier as a desk client would: two distinct ~200 KB PDFs uploaded
 * ({@code POST /api/v1/documents}), then {@code POST /api/v1/dossiers} for procedure
 * 1.001193 at 000.20.01.H99 with them as its two mandatory papers (TKKS, GCS). Several
 * clients at once, each one dossier after another; a warm-up first, then the measured
 * dossiers (the warm-up uploads the measured dossiers' papers, each with a numbered
 * comment line after its end, so every upload is a distinct file; warm-up and measured
 * dossiers together at most 9999, an agency's numbers for a day). Prints dossiers per
 * second and p50/p95/p99 per dossier (uploads included) and per request kind. Arguments:
 * database URL, clients, dossiers, warm-up dossiers
 * ({@code jdbc:postgresql://127.0.0.1:5432/motcua_load 8 1000 100}); system properties
 * {@code motcua.load.pg.user} (postgres) and {@code motcua.load.pg.password} (empty). See
 * docs/benchmarks.md for the command.
 */
public final class IntakeLoad {

	static final int PDF_SIDE = 258;

	private static final Pattern DOCUMENT_ID = Pattern.compile("\"documentId\"\\s*:\\s*\"([0-9a-f]{64})\"");

	private IntakeLoad() {
	}

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/motcua_load";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		int dossiers = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
		if (warmup + dossiers > DossierCode.MAX_NUMBER) {
			throw new IllegalArgumentException("warm-up and measured dossiers at one agency on one day: at most "
					+ DossierCode.MAX_NUMBER + " (the code's daily number has four digits)");
		}
		String user = System.getProperty("motcua.load.pg.user", "postgres");
		String password = System.getProperty("motcua.load.pg.password", "");
		System.out.printf("database=%s clients=%d dossiers=%d warmup=%d%n", url, clients, dossiers, warmup);
		recreate(url, user, password);
		// the measured dossiers' papers, each uploaded once, in the measured run; the
		// warm-up uploads them with a line of its own after their end (distinct files,
		// the same work)
		byte[][] papers = papers(2 * dossiers, 20261127L);
		System.out.printf("papers: %d PDFs of %d bytes on average%n", papers.length,
				Arrays.stream(papers).mapToLong(p -> p.length).sum() / papers.length);
		Path dir = Files.createDirectories(Path.of("target", "load")).resolve("intake-" + System.nanoTime());
		long started = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--motcua.data-dir=" + dir.toAbsolutePath(), "--motcua.demo=true", "--motcua.scheduling.enabled=false",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--spring.thymeleaf.cache=true",
				"--logging.level.root=WARN", "--logging.level.org.motcua=WARN"));
		arguments.addAll(Arrays.asList(args).subList(Math.min(4, args.length), args.length));
		ConfigurableApplicationContext app = SpringApplication.run(MotcuaApplication.class,
				arguments.toArray(String[]::new));
		System.out.printf("application started with demo data in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		try {
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			Run warm = run(http, base, k -> warmUpPaper(papers[k % papers.length], k), 0, warmup, clients);
			System.out.printf("warm-up: %d dossiers in %.1f s%n", warmup, warm.seconds);
			String database = url.substring(url.lastIndexOf('/') + 1);
			Cpu before = Cpu.now(database);
			Map<String, Long> threadsBefore = threadCpu();
			Run measured = run(http, base, k -> papers[k], warmup, dossiers, clients);
			report(measured, dossiers);
			Cpu.now(database).minus(before).report(dossiers);
			reportThreads(threadsBefore, threadCpu(), dossiers);
			try (Connection c = DriverManager.getConnection(url, user, password);
					Statement s = c.createStatement();
					ResultSet rs = s
						.executeQuery("SELECT COUNT(*) FROM dossier WHERE applicant_name LIKE 'Nguyễn Văn Tải %'")) {
				rs.next();
				System.out.printf("dossiers stored by the run: %d (expected %d)%n", rs.getLong(1), warmup + dossiers);
			}
		}
		finally {
			app.close();
		}
	}

	/** Drops and creates the database of {@code url} (through the postgres database). */
	static void recreate(String url, String user, String password) throws Exception {
		int slash = url.lastIndexOf('/');
		String name = url.substring(slash + 1);
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("database name " + name);
		}
		try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
				Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			s.execute("CREATE DATABASE " + name);
			if (Boolean.getBoolean("motcua.load.pg.log-statements")) {
				// every statement of the run in PostgreSQL's log, with its duration (for
				// finding
				// where the database's time goes; it slows the run)
				s.execute("ALTER DATABASE " + name + " SET log_min_duration_statement = 0");
			}
		}
	}

	/** Distinct one-page PDFs of about 200 KB: an image of random pixels each. */
	static byte[][] papers(int count, long seed) throws Exception {
		// each paper from its own seed, made on every core at once
		byte[][] papers = new byte[count][];
		java.util.stream.IntStream.range(0, count).parallel().forEach(i -> papers[i] = paper(seed * 1_000_003L + i));
		return papers;
	}

	private static byte[] paper(long seed) {
		Random random = new Random(seed);
		int[] pixels = new int[PDF_SIDE * PDF_SIDE];
		for (int p = 0; p < pixels.length; p++) {
			pixels[p] = random.nextInt(0x1000000);
		}
		BufferedImage image = new BufferedImage(PDF_SIDE, PDF_SIDE, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, PDF_SIDE, PDF_SIDE, pixels, 0, PDF_SIDE);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(xobject, 72, 400, PDF_SIDE, PDF_SIDE);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Run(long[] dossierNanos, long[] uploadNanos, long[] intakeNanos, double seconds) {
	}

	/**
	 * A warm-up paper: {@code paper} with a comment line numbered {@code k} after its
	 * end, so that no two uploads are the same file.
	 */
	private static byte[] warmUpPaper(byte[] paper, int k) {
		byte[] line = ("%warm-up " + k + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] copy = Arrays.copyOf(paper, paper.length + line.length);
		System.arraycopy(line, 0, copy, paper.length, line.length);
		return copy;
	}

	/**
	 * Runs {@code count} dossiers on {@code clients} clients, numbered from
	 * {@code first}; the i-th dossier of the run uploads papers {@code 2i} and
	 * {@code 2i + 1} of {@code papers}.
	 */
	private static Run run(HttpClient http, String base, java.util.function.IntFunction<byte[]> papers, int first,
			int count, int clients) throws Exception {
		long[] dossier = new long[count];
		long[] upload = new long[2 * count];
		long[] intake = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					int n = first + i;
					long t0 = System.nanoTime();
					String tkks = upload(http, base, papers.apply(2 * i), n + "a");
					long t1 = System.nanoTime();
					String gcs = upload(http, base, papers.apply(2 * i + 1), n + "b");
					long t2 = System.nanoTime();
					intake(http, base, n, tkks, gcs);
					long t3 = System.nanoTime();
					dossier[i] = t3 - t0;
					upload[2 * i] = t1 - t0;
					upload[2 * i + 1] = t2 - t1;
					intake[i] = t3 - t2;
				}
				return null;
			}));
		}
		try {
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Run(dossier, upload, intake, seconds);
	}

	private static String upload(HttpClient http, String base, byte[] pdf, String name) throws Exception {
		String boundary = "----motcua-load-" + name;
		ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 256);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-" + name
				+ ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(pdf);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer demo-desk1")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
		}
		Matcher id = DOCUMENT_ID.matcher(answer.body());
		if (!id.find()) {
			throw new IllegalStateException("no documentId in " + answer.body());
		}
		return id.group(1);
	}

	private static void intake(HttpClient http, String base, int n, String tkks, String gcs) throws Exception {
		String body = """
				{"procedureCode":"1.001193","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"0340990%05d",
				   "name":"Nguyễn Văn Tải %d","birthDate":"1990-05-01","phone":"0912345678",
				   "address":"Thôn 1, xã Đông Sơn"},
				 "documents":[{"requiredDocumentCode":"TKKS","documentId":"%s"},
				              {"requiredDocumentCode":"GCS","documentId":"%s"}]}""".formatted(n % 100_000, n, tkks,
				gcs);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer demo-desk1")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("intake answered " + answer.statusCode() + ": " + answer.body());
		}
	}

	static void report(Run run, int dossiers) {
		System.out.printf("measured: %d dossiers in %.1f s = %.1f dossiers/s%n", dossiers, run.seconds(),
				dossiers / run.seconds());
		System.out.println("per dossier (2 uploads + intake): " + percentiles(run.dossierNanos()));
		System.out.println("per upload:                       " + percentiles(run.uploadNanos()));
		System.out.println("per intake (POST /dossiers):      " + percentiles(run.intakeNanos()));
	}

	/**
	 * CPU time used so far by this JVM and by the PostgreSQL backends connected to the
	 * benchmark's database (Linux /proc; the server's shared background processes are not
	 * counted), and the machine's load average: on a shared machine, CPU per dossier says
	 * more than the wall clock.
	 */
	record Cpu(long jvmNanos, long postgresNanos, String load) {

		static Cpu now(String database) {
			long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
			long postgres = 0;
			try (var pids = Files.list(Path.of("/proc"))) {
				for (Path pid : pids.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					try {
						String stat = Files.readString(pid.resolve("stat"));
						String title = new String(Files.readAllBytes(pid.resolve("cmdline")), StandardCharsets.UTF_8);
						if (stat.contains("(postgres)") && title.contains(" " + database + " ")) {
							String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							postgres += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
						}
					}
					catch (java.io.IOException | RuntimeException ex) {
						// the process ended meanwhile
					}
				}
				return new Cpu(jvm, postgres, Files.readString(Path.of("/proc/loadavg")).strip());
			}
			catch (java.io.IOException ex) {
				return new Cpu(jvm, 0, "?");
			}
		}

		Cpu minus(Cpu before) {
			return new Cpu(this.jvmNanos - before.jvmNanos, this.postgresNanos - before.postgresNanos, this.load);
		}

		void report(int dossiers) {
			System.out.printf(
					"cpu per dossier: JVM %.1f ms + PostgreSQL %.1f ms = %.1f ms"
							+ " (2 cores => at most %.0f dossiers/s); load average at the end: %s%n",
					this.jvmNanos / 1e6 / dossiers, this.postgresNanos / 1e6 / dossiers,
					(this.jvmNanos + this.postgresNanos) / 1e6 / dossiers,
					2e9 * dossiers / (this.jvmNanos + this.postgresNanos), this.load);
		}

	}

	/**
	 * CPU time of this JVM's threads so far, in nanoseconds, summed by the thread's name
	 * with its numbers taken out (Linux /proc): request threads, event listeners, the
	 * clients, the garbage collector, the compilers.
	 */
	static Map<String, Long> threadCpu() {
		Map<String, Long> byGroup = new java.util.TreeMap<>();
		try (var tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : tasks.toList()) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
					byGroup.merge(name, nanos, Long::sum);
				}
				catch (java.io.IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			}
		}
		catch (java.io.IOException ex) {
			// not Linux
		}
		return byGroup;
	}

	static void reportThreads(Map<String, Long> before, Map<String, Long> after, int dossiers) {
		System.out.println("JVM cpu per dossier by thread (those above 0.5 ms):");
		after.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
			.filter(e -> e.getValue() / 1e6 / dossiers >= 0.5)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> System.out.printf("  %-20s %6.1f ms%n", e.getKey(), e.getValue() / 1e6 / dossiers));
	}

	static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
	}

	private static double pct(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
