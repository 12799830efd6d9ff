package org.motcua.warehouse;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An item was put in an owner's warehouse. */
public record ItemDeposited(String itemId, OwnerId owner, ItemKind kind, String typeCode, String dossierCode,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "warehouse.item-deposited";
	}

	@Override
	public String subjectType() {
		return "warehouse-item";
	}

	@Override
	public String subjectId() {
		return this.itemId;
	}

	@Override
	public String summary() {
		return "Deposited " + this.kind + " " + this.typeCode + " for owner " + this.owner
				+ (this.dossierCode == null ? "" : " from dossier " + this.dossierCode);
	}

}
