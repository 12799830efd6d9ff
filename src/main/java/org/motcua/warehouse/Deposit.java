package org.motcua.warehouse;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An item to put in an owner's warehouse.
 *
 * @param owner whose item it is
 * @param documentId the SHA-256 of the stored PDF (in the document module)
 * @param kind paper, result or certified copy
 * @param typeCode the paper type code (a required document code of the catalog) or the
 * result type code
 * @param number the number and symbol (số, ký hiệu), if any
 * @param issuedOn the issue date, if known
 * @param issuer the issuing agency or person
 * @param signer who signed the paper itself (not the digitizing officer)
 * @param validUntil the last day it is valid; {@code null} when permanent
 * @param summary a short summary (trích yếu)
 * @param data the structured fields of a result (e.g. a birth certificate's name and
 * birth date); empty for papers
 * @param provenance which dossier, who digitized or signed it and when
 * @param signature its digital signature as the depositor validated it
 */
public record Deposit(OwnerId owner, String documentId, ItemKind kind, String typeCode, String number,
		LocalDate issuedOn, String issuer, String signer, LocalDate validUntil, String summary,
		Map<String, Object> data, ItemProvenance provenance, ItemSignature signature) {

	public Deposit {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(signature, "signature");
		if (documentId == null || !documentId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A document ID is a SHA-256 in hex: " + documentId);
		}
		if (typeCode == null || typeCode.isBlank()) {
			throw new IllegalArgumentException("An item names its paper or result type");
		}
		if (issuedOn != null && validUntil != null && validUntil.isBefore(issuedOn)) {
			throw new IllegalArgumentException("An item cannot expire before it is issued");
		}
		typeCode = typeCode.strip();
		data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
		provenance = provenance == null ? new ItemProvenance(null, null, null) : provenance;
	}

}
