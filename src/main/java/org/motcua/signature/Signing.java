package org.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import eu.europa.esig.dss.model.DSSException;

/**
 * Signs PDFs as an officer or an agency and validates the signatures of any PDF.
 * Signatures are PAdES-B-B, or PAdES-B-T when a timestamp authority is configured
 * ({@code motcua.signature.timestamp-url}); keys come from the store that
 * {@code motcua.signature.signer} names (PKCS#12 files, a PKCS#11 token, a remote signing
 * service). Validation works offline against the configured trust anchors.
 */
public class Signing {

	private final SigningKeys keys;

	private final PadesSigning signing;

	private final PadesValidation validation;

	Signing(SigningKeys keys, PadesSigning signing, PadesValidation validation) {
		this.keys = keys;
		this.signing = signing;
		this.validation = validation;
	}

	/**
	 * Whether {@code signer} has a key to sign with (in demo mode, demo signers get one).
	 */
	public boolean canSign(SignerId signer) {
		return this.keys.find(signer).isPresent();
	}

	/**
	 * Signs a PDF invisibly, as a new revision appended to it (the original bytes stay a
	 * prefix of the result).
	 * @param pdf the PDF
	 * @param signer who signs
	 * @return the signed PDF
	 * @throws SigningRefused when the signer has no key, the PDF cannot be signed (not a
	 * PDF, encrypted) or the timestamp authority fails
	 */
	public byte[] sign(byte[] pdf, SignerId signer) {
		return sign(pdf, signer, null);
	}

	/**
	 * Signs a PDF with a visible stamp ("Đã ký số", the signer's name, the time) in the
	 * box {@code stamp} names; {@code null} signs invisibly.
	 * @throws SigningRefused as {@link #sign(byte[], SignerId)}, and when the stamp's
	 * page does not exist
	 */
	public byte[] sign(byte[] pdf, SignerId signer, Stamp stamp) {
		Objects.requireNonNull(pdf, "pdf");
		SigningKey key = this.keys.find(Objects.requireNonNull(signer, "signer"))
			.orElseThrow(() -> new SigningRefused("no-key", "No signing key for " + signer));
		try {
			return this.signing.sign(pdf, key, stamp);
		}
		catch (DSSException | IllegalArgumentException | IllegalStateException ex) {
			throw new SigningRefused("failed", "Cannot sign as " + signer + ": " + ex.getMessage(), ex);
		}
	}

	/** Signs the PDF read from {@code pdf} (read whole; the caller closes it). */
	public byte[] sign(InputStream pdf, SignerId signer, Stamp stamp) {
		return sign(readAll(pdf), signer, stamp);
	}

	/**
	 * The level new signatures get: {@code PAdES-BASELINE-B} or {@code PAdES-BASELINE-T}.
	 */
	public String level() {
		return this.signing.level().toString();
	}

	/**
	 * Validates every signature of a PDF, ours or anyone's, offline.
	 * @return the signatures found (none for an unsigned PDF) and whether the file is
	 * covered entirely
	 * @throws SigningRefused when the bytes are not a readable PDF
	 */
	public SignatureReport validate(byte[] pdf) {
		return this.validation.validate(Objects.requireNonNull(pdf, "pdf"));
	}

	/** Validates the PDF read from {@code pdf} (read whole; the caller closes it). */
	public SignatureReport validate(InputStream pdf) {
		return validate(readAll(pdf));
	}

	private static byte[] readAll(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
