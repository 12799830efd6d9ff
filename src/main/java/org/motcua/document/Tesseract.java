package org.motcua.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Text recognition with the {@code tesseract} command line (Tesseract 5, Debian's
 * {@code tesseract-ocr} and {@code tesseract-ocr-vie}). Whether it can run is found out
 * once, when created: the command must start and list every configured language.
 */
class Tesseract implements TextRecognition {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

	private final String command;

	private final String languages;

	private final Duration timeout;

	private final OcrStatus status;

	Tesseract(String command, String languages, Duration timeout) {
		this.command = command;
		this.languages = languages;
		this.timeout = timeout;
		this.status = probe();
	}

	@Override
	public OcrStatus status() {
		return this.status;
	}

	private OcrStatus probe() {
		Result version;
		Result list;
		try {
			version = run(List.of(this.command, "--version"), PROBE_TIMEOUT);
			list = run(List.of(this.command, "--list-langs"), PROBE_TIMEOUT);
		}
		catch (IOException ex) {
			return OcrStatus.unavailable(this.languages, "the command " + this.command + " cannot be run ("
					+ ex.getMessage() + "); install Debian's tesseract-ocr and tesseract-ocr-vie");
		}
		if (list.exit() != 0) {
			return OcrStatus.unavailable(this.languages,
					this.command + " --list-langs failed with exit code " + list.exit() + ": " + list.error().strip());
		}
		List<String> installed = list.output().lines().map(String::strip).toList();
		List<String> missing = Arrays.stream(this.languages.split("\\+"))
			.filter(language -> !installed.contains(language))
			.toList();
		if (!missing.isEmpty()) {
			return OcrStatus.unavailable(this.languages, "language pack missing for tesseract: "
					+ String.join(", ", missing) + " (Debian package tesseract-ocr-" + missing.get(0) + ")");
		}
		String engine = (version.output() + version.error()).lines()
			.findFirst()
			.map(String::strip)
			.orElse(this.command);
		return OcrStatus.available(engine, this.languages);
	}

	@Override
	public String recognize(Path image, int dpi) throws IOException {
		if (!this.status.available()) {
			throw new IOException("Text recognition is unavailable: " + this.status.reason());
		}
		// --psm 3: automatic page segmentation (blocks, columns), without orientation
		// detection (which needs the osd data)
		Result result = run(List.of(this.command, image.toAbsolutePath().toString(), "stdout", "-l", this.languages,
				"--psm", "3", "--dpi", String.valueOf(dpi)), this.timeout);
		if (result.exit() != 0) {
			throw new IOException("tesseract failed with exit code " + result.exit() + ": " + result.error().strip());
		}
		return result.output();
	}

	private static Result run(List<String> arguments, Duration timeout) throws IOException {
		Path output = Files.createTempFile("motcua-ocr-", ".out");
		Path error = Files.createTempFile("motcua-ocr-", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(arguments).redirectOutput(output.toFile())
				.redirectError(error.toFile());
			// one thread per page: the machine's cores serve concurrent recognitions
			// instead
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process = builder.start();
			process.getOutputStream().close();
			try {
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new IOException(arguments.get(0) + " took longer than " + timeout);
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for " + arguments.get(0), ex);
			}
			return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8),
					new String(Files.readAllBytes(error), StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
			Files.deleteIfExists(error);
		}
	}

	private record Result(int exit, String output, String error) {

	}

}
