package org.motcua.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** One warehouse item as the API answers it. */
record ItemJson(String id, String ownerId, String kind, String typeCode, String documentId, String sha256,
		String number, LocalDate issuedOn, String issuer, String signer, ValidityJson validity, String summary,
		Map<String, Object> data, ProvenanceJson provenance, SignatureJson signature, OffsetDateTime depositedAt,
		boolean revoked, OffsetDateTime revokedAt, List<UseJson> usedIn) {

	/**
	 * Until when it is valid ({@code null} when permanent), and whether it is valid today
	 * (in force and not revoked).
	 */
	record ValidityJson(LocalDate until, boolean permanent, boolean validNow) {

	}

	record ProvenanceJson(String dossierCode, String by, OffsetDateTime at) {

	}

	record SignatureJson(String status, String subject, OffsetDateTime signedAt) {

	}

	record UseJson(String dossierCode, OffsetDateTime at) {

	}

	record PageJson(List<ItemJson> items, long total) {

	}

	static ItemJson of(WarehouseItem i, LocalDate today, ZoneId zone) {
		return new ItemJson(i.id(), i.owner().value(), i.kind().name(), i.typeCode(), i.documentId(), i.sha256(),
				i.number(), i.issuedOn(), i.issuer(), i.signer(),
				new ValidityJson(i.validUntil(), i.isPermanent(), !i.isRevoked() && i.isValidOn(today)), i.summary(),
				i.data(),
				new ProvenanceJson(i.provenance().dossierCode(), i.provenance().handledBy(),
						at(i.provenance().handledAt(), zone)),
				new SignatureJson(i.signature().status().name(), i.signature().subject(),
						at(i.signature().signedAt(), zone)),
				at(i.depositedAt(), zone), i.isRevoked(), at(i.revokedAt(), zone),
				i.usedIn().stream().map(u -> new UseJson(u.dossierCode(), at(u.usedAt(), zone))).toList());
	}

	/** An instant as the API shows it: in the province's zone, to the second. */
	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
	}

}
