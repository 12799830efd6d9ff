package org.motcua.dossier.results;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.motcua.dossier.Applicant;
import org.motcua.dossier.IdType;
import org.motcua.signature.SignatureCheck;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;
import org.motcua.warehouse.Deposit;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.ItemProvenance;
import org.motcua.warehouse.ItemSignature;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Puts an issued result or certified copy in its owner's warehouse, with the signature
 * status its PDF validates to. Depositing the same document again adds nothing (the
 * warehouse is idempotent by owner, document and kind).
 */
@Component
class Deposits {

	private static final Logger log = LoggerFactory.getLogger(Deposits.class);

	private final Warehouse warehouse;

	private final Signing signing;

	private final Results results;

	Deposits(Warehouse warehouse, Signing signing, Results results) {
		this.warehouse = warehouse;
		this.signing = signing;
		this.results = results;
	}

	/**
	 * The owner of a dossier's papers and results: the applicant's ID, when it is one.
	 */
	static Optional<OwnerId> owner(Applicant applicant) {
		if (applicant == null || applicant.idType() == IdType.PASSPORT || !OwnerId.isValid(applicant.idNumber())) {
			return Optional.empty();
		}
		return Optional.of(OwnerId.parse(applicant.idNumber()));
	}

	/**
	 * Deposits {@code issued} for the dossier's applicant; empty when the applicant has
	 * no warehouse (a passport holder).
	 */
	Optional<WarehouseItem> deposit(IssuedDocument issued, Applicant applicant, String issuer) {
		Optional<OwnerId> owner = owner(applicant);
		if (owner.isEmpty()) {
			log.info("{} of {} not deposited: the applicant has no warehouse (ID type {})", issued.kind(),
					issued.dossierCode(), applicant == null ? null : applicant.idType());
			return Optional.empty();
		}
		SignatureReport report = this.signing.validate(this.results.read(issued.documentId()));
		ItemSignature signature = signature(report);
		Map<String, Object> data = new LinkedHashMap<>(issued.data());
		ItemKind kind = issued.kind() == IssuedDocument.Kind.RESULT ? ItemKind.RESULT : ItemKind.CERTIFIED_COPY;
		Deposit deposit = new Deposit(owner.get(), issued.documentId(), kind, issued.typeCode(),
				issued.data().get("number"), date(issued.data().get("issuedOn")), issuer, issued.signedBy(), null,
				issued.data().getOrDefault("summary", null), data,
				new ItemProvenance(issued.dossierCode(), issued.signedBy(), issued.signedAt()), signature);
		return Optional.of(this.warehouse.deposit(deposit));
	}

	static ItemSignature signature(SignatureReport report) {
		if (!report.isSigned()) {
			return ItemSignature.unsigned();
		}
		SignatureCheck last = report.signatures().get(report.signatures().size() - 1);
		return new ItemSignature(report.isIntact() ? SignatureStatus.SIGNED_INTACT : SignatureStatus.BROKEN,
				last.certificateSubject(), last.signedAt());
	}

	private static LocalDate date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
