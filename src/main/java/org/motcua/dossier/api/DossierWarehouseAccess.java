package org.motcua.dossier.api;

import org.motcua.dossier.DossierWork;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.WarehouseAccess;

import org.springframework.stereotype.Component;

/**
 * Staff read an owner's warehouse only while handling a dossier of that owner: the
 * purpose names the code of a dossier whose applicant is the owner and which the staff
 * member may see ({@link DossierDesk#maySee}).
 */
@Component
class DossierWarehouseAccess implements WarehouseAccess {

	private final DossierWork work;

	DossierWarehouseAccess(DossierWork work) {
		this.work = work;
	}

	@Override
	public boolean mayRead(Actor actor, OwnerId owner, String purpose) {
		if (purpose == null || actor.has(Role.CITIZEN) && actor.roles().size() == 1) {
			return false;
		}
		return this.work.find(purpose)
			.filter(dossier -> DossierDesk.maySee(actor, dossier))
			.flatMap(dossier -> ApplicantWarehouse.owner(dossier.applicant()))
			.filter(owner::equals)
			.isPresent();
	}

}
