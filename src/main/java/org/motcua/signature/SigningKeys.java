package org.motcua.signature;

import java.util.Optional;

/**
 * Where signing keys live: one adapter per kind, chosen by
 * {@code motcua.signature.signer}.
 */
interface SigningKeys {

	/** The signer's key, or empty when this store has none for the signer. */
	Optional<SigningKey> find(SignerId signer);

}
