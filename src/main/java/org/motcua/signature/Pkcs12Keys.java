package org.motcua.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * A directory of PKCS#12 key stores, one per signer ({@code officer-desk1.p12},
 * {@code agency-000.20.01.H99.p12}), each holding one key and its certificate chain. A
 * store is read once and read again when its file changes. In demo mode a demo signer
 * without a store gets one from the demo certificate authority on first use.
 */
class Pkcs12Keys implements SigningKeys {

	private final Path directory;

	private final SignatureProperties.Pkcs12 properties;

	private final DemoCertificates demo;

	private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

	private record Loaded(FileTime modified, SigningKey key) {
	}

	/**
	 * @param demo issues demo signers' stores on first use, or {@code null} outside demo
	 * mode
	 */
	Pkcs12Keys(Path directory, SignatureProperties.Pkcs12 properties, DemoCertificates demo) {
		this.directory = directory;
		this.properties = properties;
		this.demo = demo;
	}

	@Override
	public Optional<SigningKey> find(SignerId signer) {
		Path file = fileOf(signer);
		if (!Files.isRegularFile(file) && (this.demo == null || !this.demo.issue(signer, file, password(signer)))) {
			return Optional.empty();
		}
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			Loaded cached = this.loaded.get(signer.key());
			if (cached == null || !cached.modified().equals(modified)) {
				cached = new Loaded(modified, load(file, password(signer)));
				this.loaded.put(signer.key(), cached);
			}
			return Optional.of(cached.key());
		}
		catch (IOException ex) {
			throw new SigningRefused("key", "Cannot read the key store " + file + ": " + ex.getMessage(), ex);
		}
	}

	Path fileOf(SignerId signer) {
		return this.directory.resolve(signer.key() + ".p12");
	}

	char[] password(SignerId signer) {
		return this.properties.passwordOf(signer.key()).toCharArray();
	}

	private static SigningKey load(Path file, char[] password) throws IOException {
		Pkcs12SignatureToken token = new Pkcs12SignatureToken(Files.readAllBytes(file),
				new KeyStore.PasswordProtection(password));
		List<DSSPrivateKeyEntry> keys = token.getKeys();
		if (keys.isEmpty()) {
			throw new SigningRefused("key", "The key store " + file + " holds no key");
		}
		return new TokenKey(token, keys.get(0));
	}

}
