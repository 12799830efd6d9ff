package org.motcua.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Poppler's {@code pdfsig}, an independent validator (NSS underneath): what it says of
 * each signature of a PDF, with certificate validation off ({@code -nocert}: the demo CA
 * is not in NSS's store, and nothing goes online).
 */
record Pdfsig(String output, List<String> validations) {

	private static final Pattern VALIDATION = Pattern.compile("Signature Validation: (.*)");

	static final String VALID = "Signature is Valid.";

	static Pdfsig check(byte[] pdf) throws IOException, InterruptedException {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/pdfsig")))
			.as("poppler's pdfsig is missing: install poppler-utils (scripts/test.sh does)")
			.isTrue();
		Path file = Files.createTempFile("signed", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("pdfsig did not finish");
			}
			Matcher matcher = VALIDATION.matcher(output);
			List<String> validations = matcher.results().map(m -> m.group(1).trim()).toList();
			return new Pdfsig(output, validations);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	boolean allValid(int signatures) {
		return this.validations.size() == signatures && this.validations.stream().allMatch(VALID::equals);
	}

}
