package org.motcua.dossier.results;

import java.util.Optional;

import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a dossier finishes, its signed result lands in the owner's warehouse as a
 * digitized result: its result type, structured fields, provenance (dossier, approver,
 * signing time) and signature status.
 *
 * <p>
 * A listener, not part of the approval: the approval stands even when the warehouse
 * cannot take the result at that moment, and the event publication registry delivers the
 * event again until the deposit succeeds. Delivering it twice deposits once: the
 * warehouse keeps one item per owner, document and kind. Dossiers finished without a
 * signed result (the demo dossiers, approved before signing existed) deposit nothing.
 */
@Component
class ResultDeposit {

	private final Results results;

	private final Deposits deposits;

	private final DossierWork work;

	private final Organization organization;

	ResultDeposit(Results results, Deposits deposits, DossierWork work, Organization organization) {
		this.results = results;
		this.deposits = deposits;
		this.work = work;
		this.organization = organization;
	}

	@ApplicationModuleListener
	void on(DossierFinished finished) {
		deposit(finished.dossier().code());
	}

	/** Deposits the dossier's signed result, if it has one and an owner. */
	Optional<WarehouseItem> deposit(String dossierCode) {
		Optional<IssuedDocument> result = this.results.issuedResult(dossierCode);
		Optional<DossierView> dossier = this.work.find(dossierCode);
		if (result.isEmpty() || dossier.isEmpty()) {
			return Optional.empty();
		}
		return this.deposits.deposit(result.get(), dossier.get().applicant(), issuer(dossier.get().agency()));
	}

	String issuer(String agencyCode) {
		return this.organization.findAgency(AgencyCode.of(agencyCode)).map(a -> a.name()).orElse(agencyCode);
	}

}
