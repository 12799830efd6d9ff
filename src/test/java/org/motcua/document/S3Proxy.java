package org.motcua.document;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real S3 server for tests: the s3proxy jar (copied to {@code target/s3proxy} by the
 * build) run as a separate Java process on a free port of the loopback interface, with
 * its filesystem backend in a directory of the test's, until {@link #close()}.
 */
final class S3Proxy implements AutoCloseable {

	static final String ACCESS_KEY = "motcua-test";

	static final String SECRET_KEY = "motcua-test-secret";

	private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

	private final Process process;

	private final URI endpoint;

	private final Path data;

	private S3Proxy(Process process, URI endpoint, Path data) {
		this.process = process;
		this.endpoint = endpoint;
		this.data = data;
	}

	/** Starts a server keeping its objects under {@code directory}, answering once up. */
	static S3Proxy start(Path directory) throws IOException, InterruptedException {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(
					JAR + " is missing: run the tests with Maven (process-test-resources copies" + " it there)");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		Path data = Files.createDirectories(directory.resolve("data"));
		Path properties = directory.resolve("s3proxy.properties");
		Files.writeString(properties,
				String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
						"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
						"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data.toAbsolutePath(), ""),
				StandardCharsets.UTF_8);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(),
				"--properties", properties.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("s3proxy.log").toFile())
			.start();
		S3Proxy proxy = new S3Proxy(process, endpoint, data);
		try {
			proxy.awaitAnswer();
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			proxy.close();
			throw ex;
		}
		return proxy;
	}

	private void awaitAnswer() throws IOException, InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			if (!this.process.isAlive()) {
				throw new IOException("s3proxy ended with exit code " + this.process.exitValue());
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) this.endpoint.toURL().openConnection();
				connection.setConnectTimeout(1000);
				connection.setReadTimeout(1000);
				// any HTTP answer (403 without credentials) means it is up
				connection.getResponseCode();
				connection.disconnect();
				return;
			}
			catch (IOException ex) {
				if (Instant.now().isAfter(giveUp)) {
					throw new IOException("s3proxy did not answer at " + this.endpoint, ex);
				}
				Thread.sleep(100);
			}
		}
	}

	URI endpoint() {
		return this.endpoint;
	}

	/** Where the filesystem backend keeps the buckets, a directory per bucket. */
	Path data() {
		return this.data;
	}

	DocumentProperties.S3 properties(String bucket) {
		return new DocumentProperties.S3(this.endpoint, "us-east-1", bucket, "documents/", ACCESS_KEY, SECRET_KEY);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
