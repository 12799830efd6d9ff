package org.motcua.warehouse;

import java.time.Instant;
import java.util.Objects;

/**
 * The digital signature of an item as its depositor validated it: the status, the signing
 * certificate's subject and the signing time (both {@code null} when unsigned).
 */
public record ItemSignature(SignatureStatus status, String subject, Instant signedAt) {

	public ItemSignature {
		Objects.requireNonNull(status, "signature status");
	}

	public static ItemSignature unsigned() {
		return new ItemSignature(SignatureStatus.UNSIGNED, null, null);
	}

	public boolean isIntact() {
		return this.status == SignatureStatus.SIGNED_INTACT;
	}

}
