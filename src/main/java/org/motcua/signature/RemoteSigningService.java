package org.motcua.signature;

import java.util.List;
import java.util.Optional;

/**
 * A remote signing service (a provincial signing server, a vendor's cloud signing): it
 * keeps the keys; the system sends a hash and gets the signature value back. One adapter
 * per vendor, chosen by {@code motcua.signature.remote.service}.
 */
interface RemoteSigningService {

	/** The signer's certificate chain, DER-encoded, signer first; empty when unknown. */
	Optional<List<byte[]>> certificates(String keyId);

	/** Signs a hash with the signer's key. */
	HashSigned sign(HashToSign request);

	/**
	 * A hash to sign.
	 *
	 * @param keyId the signer's key ({@link SignerId#key()})
	 * @param digestAlgorithm the hash's algorithm ({@code SHA256})
	 * @param hash the hash of the signed attributes
	 */
	record HashToSign(String keyId, String digestAlgorithm, byte[] hash) {
	}

	/**
	 * A signature value.
	 *
	 * @param signatureAlgorithm how it was made ({@code ECDSA_SHA256},
	 * {@code RSA_SHA256})
	 * @param value the signature value
	 */
	record HashSigned(String signatureAlgorithm, byte[] value) {
	}

}
