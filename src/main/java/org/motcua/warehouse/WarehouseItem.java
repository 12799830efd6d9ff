package org.motcua.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One item of an owner's warehouse: a digitized paper, a digitized result or a certified
 * copy, with its metadata as deposited (see {@link Deposit}), when it was deposited,
 * whether and when it was revoked, and the dossiers that reused it.
 *
 * @param id the item's identifier (what a dossier records as the reused
 * {@code warehouseItemId})
 * @param validUntil the last day it is valid; {@code null} when permanent
 */
public record WarehouseItem(String id, OwnerId owner, String documentId, ItemKind kind, String typeCode, String number,
		LocalDate issuedOn, String issuer, String signer, LocalDate validUntil, String summary,
		Map<String, Object> data, ItemProvenance provenance, ItemSignature signature, Instant depositedAt,
		Instant revokedAt, List<ItemUse> usedIn) {

	/** The SHA-256 of the stored PDF (the document ID is this hash). */
	public String sha256() {
		return this.documentId;
	}

	public boolean isPermanent() {
		return this.validUntil == null;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	/** Whether the paper itself is in force on {@code date} (not yet expired). */
	public boolean isValidOn(LocalDate date) {
		return (this.validUntil == null || !this.validUntil.isBefore(date))
				&& (this.issuedOn == null || !this.issuedOn.isAfter(date));
	}

	/**
	 * Whether a new dossier may take it instead of a new paper on {@code date}: not
	 * revoked, in force, and signed with the signature intact.
	 */
	public boolean isReusableOn(LocalDate date) {
		return !isRevoked() && isValidOn(date) && this.signature.isIntact();
	}

}
