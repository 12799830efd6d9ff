package org.motcua.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.motcua.MotcuaApplication;
import org.motcua.catalog.administration.CatalogTransfer;
import org.motcua.catalog.administration.ImportReport;
import org.motcua.catalog.persistence.SearchText;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.shared.Level;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load driver (not a test): catalog search over 5,000 procedures through the HTTP API on
 * the embedded database. Starts the application on a random port with a temporary H2 file
 * database, imports generated procedures through the importer, warms up, then issues a
 * fixed-seed mix of {@code GET /api/v1/procedures?q=&level=} one after another and prints
 * p50/p95/p99 and throughput. Arguments: procedures, requests, seed (5000 2000 20261127).
 * See docs/benchmarks.md for the command.
 */
public final class CatalogSearchLoad {

	private static final String[] WORDS = { "Cấp", "giấy", "phép", "đăng", "ký", "khai", "sinh", "xây", "dựng", "đất",
			"đai", "hộ", "tịch", "kinh", "doanh", "thay", "đổi", "chứng", "nhận", "quyền", "sử", "dụng", "nhà", "ở",
			"môi", "trường", "thuế", "lao", "động", "văn", "hóa", "y", "tế", "giáo", "dục", "điện", "nước", "giao",
			"thông", "vận", "tải", "đường", "bộ", "thủy", "lợi", "nông", "nghiệp", "trích", "lục", "bản", "sao", "xác",
			"nhận", "tình", "trạng", "hôn", "nhân", "cư", "trú", "khiếu", "nại" };

	private static final String[] AGENCIES = { "000.00.01.H99", "000.00.02.H99", "000.00.03.H99", "000.00.04.H99",
			"000.20.01.H99", "000.20.02.H99" };

	private CatalogSearchLoad() {
	}

	public static void main(String[] args) throws Exception {
		int procedures = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
		System.out.printf("procedures=%d requests=%d seed=%d%n", procedures, requests, seed);
		Path dir = Files.createTempDirectory("motcua-load");
		ConfigurableApplicationContext app = SpringApplication.run(MotcuaApplication.class, "--server.port=0",
				"--motcua.data-dir=" + dir, "--motcua.demo=true", "--motcua.scheduling.enabled=false",
				"--spring.datasource.url=jdbc:h2:file:" + dir + "/db/motcua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH",
				"--spring.thymeleaf.cache=true", "--logging.level.root=WARN", "--logging.level.org.motcua=WARN");
		try {
			Random random = new Random(seed);
			long started = System.nanoTime();
			ImportReport report = app.getBean(CatalogTransfer.class)
				.importCatalog(generate(procedures, random), "load", null);
			if (!report.isAccepted()) {
				throw new IllegalStateException("import refused: " + report.errors().subList(0, 3));
			}
			System.out.printf("imported %d procedures in %d ms%n", report.published(),
					(System.nanoTime() - started) / 1_000_000);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			List<URI> mix = mix("http://localhost:" + port, requests + 500, random);
			long hits = 0;
			for (URI uri : mix.subList(0, 500)) {
				hits += call(http, uri)[1];
			}
			long[] nanos = new long[requests];
			long total = System.nanoTime();
			for (int i = 0; i < requests; i++) {
				long[] answer = call(http, mix.get(500 + i));
				nanos[i] = answer[0];
				hits += answer[1];
			}
			double seconds = (System.nanoTime() - total) / 1e9;
			Arrays.sort(nanos);
			System.out.printf(
					"requests=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms throughput=%.0f req/s"
							+ " (non-empty answers incl. warm-up: %d)%n",
					requests, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6,
					requests / seconds, hits);
		}
		finally {
			app.close();
		}
	}

	private static long[] call(HttpClient http, URI uri) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - start;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return new long[] { took, response.body().contains("\"total\":0") ? 0 : 1 };
	}

	private static double pct(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static List<URI> mix(String base, int count, Random random) {
		List<URI> uris = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder q = new StringBuilder(SearchText.fold(WORDS[random.nextInt(WORDS.length)]));
			if (random.nextBoolean()) {
				q.append(' ').append(SearchText.fold(WORDS[random.nextInt(WORDS.length)]));
			}
			String uri = base + "/api/v1/procedures?q=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
			if (random.nextInt(3) == 0) {
				uri += "&level=" + Level.values()[random.nextInt(3)];
			}
			uris.add(URI.create(uri));
		}
		return uris;
	}

	private static CatalogFile generate(int count, Random random) {
		List<CatalogFile.Entry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder name = new StringBuilder();
			int words = 4 + random.nextInt(8);
			for (int w = 0; w < words; w++) {
				name.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
			}
			CatalogFile.Entry e = Fixtures.entry(String.format("3.%06d", i), name.toString());
			entries.add(new CatalogFile.Entry(e.code(), e.name(), e.field(),
					List.of(Level.values()[random.nextInt(3)].name()),
					List.of(AGENCIES[random.nextInt(AGENCIES.length)]), e.legalBasis(),
					new CatalogFile.LimitEntry(BigDecimal.ONE, "WORKING_DAYS"), e.onlineLevel(), e.crossBoundary(),
					e.fees(), e.requiredDocuments(), e.resultTypes(), e.processingPlan(), null));
		}
		return new CatalogFile(CatalogFile.FORMAT, entries);
	}

}
