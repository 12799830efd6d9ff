package org.motcua.warehouse;

/** The state of an item's digital signature, as the depositor found it. */
public enum SignatureStatus {

	/** Signed, and the signature covers the bytes unchanged. */
	SIGNED_INTACT,
	/** Not signed. */
	UNSIGNED,
	/** Signed, but the bytes changed after signing or the signature does not verify. */
	BROKEN

}
