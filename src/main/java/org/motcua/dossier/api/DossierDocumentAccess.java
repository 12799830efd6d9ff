package org.motcua.dossier.api;

import org.motcua.document.DocumentAccess;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Lets staff who may see a dossier download its papers and its result: those of the
 * dossier's agency and of the agencies it was handed to (province administrators already
 * may).
 */
@Component
class DossierDocumentAccess implements DocumentAccess {

	private final DossierDesk desk;

	DossierDocumentAccess(DossierDesk desk) {
		this.desk = desk;
	}

	@Override
	public boolean mayRead(Actor actor, String documentId) {
		if (actor.roles().stream().allMatch(r -> r == Role.CITIZEN)) {
			return false;
		}
		return this.desk.mayReadDocument(actor, documentId);
	}

}
