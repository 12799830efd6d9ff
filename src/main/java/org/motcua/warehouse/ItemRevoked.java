package org.motcua.warehouse;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * An item was revoked: it stays in the history but is no longer offered for reuse or
 * shared.
 */
public record ItemRevoked(String itemId, OwnerId owner, String reason, Origin origin) implements Audited {

	@Override
	public String action() {
		return "warehouse.item-revoked";
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
		return "Revoked in the warehouse of " + this.owner + (this.reason == null ? "" : ": " + this.reason);
	}

}
