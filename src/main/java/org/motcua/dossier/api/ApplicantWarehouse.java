package org.motcua.dossier.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.RequiredDocument;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IdType;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.signature.SignatureCheck;
import org.motcua.warehouse.Deposit;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.ItemProvenance;
import org.motcua.warehouse.ItemSignature;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.stereotype.Service;

/**
 * The applicant's personal data warehouse as the desk uses it: the items a required
 * document may reuse, a reused item as a submitted paper, and, in the transaction that
 * takes the papers, the reuses recorded and every digitized paper deposited. The owner is
 * the applicant's personal ID or tax code; an applicant known by a passport has no
 * warehouse, so nothing is offered or deposited for them.
 *
 * <p>
 * Deposits happen in the dossier's own transaction rather than in a listener: the
 * warehouse is a table of the same database, the deposit is idempotent, and the officer
 * sees the paper in the warehouse (and may reuse it) the moment the intake is confirmed;
 * a failed deposit undoes the intake instead of leaving a digitized paper outside the
 * warehouse.
 */
@Service
public class ApplicantWarehouse {

	private final Warehouse warehouse;

	private final PaperSigning signatures;

	private final Clock clock;

	private final ZoneId zone;

	ApplicantWarehouse(Warehouse warehouse, PaperSigning signatures, Clock clock, WorkingCalendar calendar) {
		this.warehouse = warehouse;
		this.signatures = signatures;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** The applicant's warehouse owner: none for a passport holder. */
	public static Optional<OwnerId> owner(Applicant applicant) {
		return applicant == null ? Optional.empty() : owner(applicant.idType(), applicant.idNumber());
	}

	/** The warehouse owner of an ID: none for a passport or a malformed number. */
	public static Optional<OwnerId> owner(IdType idType, String idNumber) {
		if (idType == null || idType == IdType.PASSPORT || !OwnerId.isValid(idNumber)) {
			return Optional.empty();
		}
		return Optional.of(OwnerId.parse(idNumber));
	}

	/**
	 * The items of the applicant's warehouse that may stand for {@code required} today:
	 * of its own type or one it accepts for reuse, in force, intact, not revoked.
	 */
	public List<WarehouseItem> reusable(Applicant applicant, RequiredDocument required) {
		return applicant == null ? List.of() : reusable(applicant.idType(), applicant.idNumber(), required);
	}

	/** As {@link #reusable(Applicant, RequiredDocument)}, for the owner of an ID. */
	public List<WarehouseItem> reusable(IdType idType, String idNumber, RequiredDocument required) {
		return owner(idType, idNumber).map(owner -> this.warehouse.reusable(owner, accepted(required), today()))
			.orElse(List.of());
	}

	/**
	 * The item {@code itemId} as the paper given for {@code required}: provenance
	 * {@code REUSED_PAPER} for a paper (or certified copy), {@code REUSED_RESULT} for a
	 * result; empty when the item is not one of the applicant's that may be reused for it
	 * today.
	 */
	public Optional<SubmittedDocument> reuse(Applicant applicant, RequiredDocument required, String itemId) {
		return reusable(applicant, required).stream()
			.filter(item -> item.id().equals(itemId))
			.findFirst()
			.map(item -> new SubmittedDocument(required.code(), item.documentId(), item.id(),
					item.kind() == ItemKind.RESULT ? Provenance.REUSED_RESULT : Provenance.REUSED_PAPER));
	}

	/**
	 * In the caller's transaction: records each reused item's use by the dossier and
	 * deposits each digitized paper in the applicant's warehouse with its metadata, its
	 * provenance and its signature as validated now. Idempotent.
	 */
	void record(DossierView dossier) {
		for (DossierView.Document paper : dossier.documents()) {
			if (paper.warehouseItemId() != null) {
				this.warehouse.markUsed(paper.warehouseItemId(), dossier.code());
			}
		}
		Optional<OwnerId> owner = owner(dossier.applicant());
		if (owner.isEmpty()) {
			return;
		}
		for (DossierView.Document paper : dossier.documents()) {
			if (paper.provenance() == Provenance.DIGITIZED) {
				deposit(owner.get(), dossier.code(), paper);
			}
		}
	}

	private void deposit(OwnerId owner, String dossierCode, DossierView.Document paper) {
		PaperMetadata m = paper.metadata();
		Optional<SignatureCheck> check = this.signatures.intactSignature(paper.documentId());
		ItemSignature signature = check
			.map(c -> new ItemSignature(SignatureStatus.SIGNED_INTACT, c.certificateSubject(), c.signedAt()))
			.orElseGet(() -> new ItemSignature(SignatureStatus.BROKEN, null, null));
		this.warehouse.deposit(new Deposit(owner, paper.documentId(), ItemKind.PAPER, paper.requiredDocumentCode(),
				m.number(), m.issuedOn(), m.issuer(), null, m.validUntil(), m.summary(), Map.of(),
				new ItemProvenance(dossierCode, paper.digitizedBy(), paper.digitizedAt()), signature));
	}

	private static List<String> accepted(RequiredDocument required) {
		List<String> codes = new ArrayList<>(required.acceptsReuseOf());
		if (!codes.contains(required.code())) {
			codes.add(0, required.code());
		}
		return codes;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

}
