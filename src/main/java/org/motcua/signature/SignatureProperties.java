package org.motcua.signature;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How PDFs are signed and validated.
 *
 * @param signer where signing keys live: {@code pkcs12} (a directory of key stores),
 * {@code pkcs11} (a token or HSM) or {@code remote} (a remote signing service)
 * @param timestampUrl an RFC 3161 timestamp authority; when set, signatures are
 * PAdES-B-T, otherwise PAdES-B-B
 * @param trustAnchors certificate files (PEM or DER, one or several certificates each) of
 * the certificate authorities whose certificates validate as trusted; in demo mode the
 * demo certificate authority is added
 * @param stampFont the TrueType font of visible signature stamps (it must have the
 * Vietnamese letters)
 * @param pkcs12 the key store directory
 * @param pkcs11 the token
 * @param remote the remote signing service
 */
@Validated
@ConfigurationProperties("motcua.signature")
public record SignatureProperties(@NotNull @DefaultValue("pkcs12") SignerKind signer, URI timestampUrl,
		@NotNull @DefaultValue List<Path> trustAnchors,
		@NotNull @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") Path stampFont,
		@NotNull @Valid @DefaultValue Pkcs12 pkcs12, @NotNull @Valid @DefaultValue Pkcs11 pkcs11,
		@NotNull @Valid @DefaultValue Remote remote) {

	public SignatureProperties {
		timestampUrl = (timestampUrl == null || timestampUrl.toString().isBlank()) ? null : timestampUrl;
	}

	/** Where signing keys live. */
	public enum SignerKind {

		PKCS12, PKCS11, REMOTE

	}

	/**
	 * A directory of PKCS#12 key stores, one per signer, named after the signer:
	 * {@code officer-<username>.p12}, {@code agency-<agency code>.p12}.
	 *
	 * @param directory the directory; left empty,
	 * {@code ${motcua.data-dir}/signature/keys} (where demo mode writes the demo signers'
	 * key stores)
	 * @param password the password of every key store without one of its own
	 * @param passwords passwords of single key stores, by file name without {@code .p12}
	 */
	public record Pkcs12(Path directory, @NotNull @DefaultValue("motcua-demo") String password,
			@NotNull @DefaultValue Map<String, String> passwords) {

		String passwordOf(String name) {
			return this.passwords.getOrDefault(name, this.password);
		}

	}

	/**
	 * A PKCS#11 token holding one key per signer, labelled like the PKCS#12 files
	 * ({@code officer-<username>}, {@code agency-<agency code>}).
	 *
	 * @param library the PKCS#11 library of the token
	 * @param slotId the slot's identifier as the token lists it (for SoftHSM2 what
	 * {@code softhsm2-util --show-slots} prints), not its index
	 * @param pin the user PIN
	 */
	public record Pkcs11(@NotBlank @DefaultValue("/usr/lib/softhsm/libsofthsm2.so") String library, Integer slotId,
			String pin) {

	}

	/**
	 * The remote signing service: it holds the keys, answers certificate chains and signs
	 * hashes.
	 *
	 * @param service {@code simulator} signs with the PKCS#12 key stores above through
	 * the remote service's requests and answers (for development and tests)
	 */
	public record Remote(@NotNull @DefaultValue("simulator") RemoteService service) {

	}

	/** The remote signing services there are adapters for. */
	public enum RemoteService {

		SIMULATOR

	}

}
