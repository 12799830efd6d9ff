package org.motcua.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A SoftHSM2 token made for a test: the configuration SOFTHSM2_CONF names (surefire sets
 * it under target/) is written with a token directory beside it, a fresh token is
 * initialised with {@code softhsm2-util}, and keys are imported through Java's PKCS#11
 * key store.
 */
final class SoftHsm {

	static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";

	static final String PIN = "246810";

	private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

	final int slotId;

	private final Provider provider;

	private SoftHsm(int slotId, Provider provider) {
		this.slotId = slotId;
		this.provider = provider;
	}

	static SoftHsm create() throws IOException, InterruptedException {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/softhsm2-util")) && Files.isReadable(Path.of(LIBRARY)))
			.as("SoftHSM2 is missing: install Debian's softhsm2 (scripts/test.sh does)")
			.isTrue();
		String conf = System.getenv("SOFTHSM2_CONF");
		assumeThat(conf).as("SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)").isNotBlank();
		Path config = Path.of(conf).toAbsolutePath();
		Path tokens = config.getParent().resolve("tokens");
		Files.createDirectories(tokens);
		Files.writeString(config,
				"directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
				StandardCharsets.UTF_8);
		String output = run("softhsm2-util", "--init-token", "--free", "--label",
				"motcua-" + UUID.randomUUID().toString().substring(0, 8), "--so-pin", "13579111", "--pin", PIN);
		Matcher slot = SLOT.matcher(output);
		if (!slot.find()) {
			throw new IllegalStateException("softhsm2-util said: " + output);
		}
		int slotId = Integer.parseUnsignedInt(slot.group(1));
		Provider provider = Security.getProvider("SunPKCS11")
			.configure("--name = motcua-test-" + slotId + "\nlibrary = " + LIBRARY + "\nslot = " + slotId + "\n");
		return new SoftHsm(slotId, provider);
	}

	/** Stores a key and its certificate chain on the token under {@code label}. */
	void importKey(String label, PrivateKey key, Certificate[] chain) throws Exception {
		KeyStore token = KeyStore.getInstance("PKCS11", this.provider);
		token.load(null, PIN.toCharArray());
		token.setKeyEntry(label, key, null, chain);
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

}
