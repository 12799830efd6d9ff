package org.motcua.warehouse;

import org.motcua.document.DocumentAccess;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.stereotype.Component;

/** Lets a citizen download the PDFs of the unrevoked items of their own warehouse. */
@Component
class WarehouseDocumentAccess implements DocumentAccess {

	private final WarehouseItems items;

	WarehouseDocumentAccess(WarehouseItems items) {
		this.items = items;
	}

	@Override
	public boolean mayRead(Actor actor, String documentId) {
		return actor.has(Role.CITIZEN) && actor.personalId() != null
				&& this.items.holds(OwnerId.of(actor.personalId()), documentId);
	}

}
