package org.motcua.warehouse;

import java.time.Instant;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * An owner shared an item through a time-limited link (the token is never in the event).
 */
public record ItemShared(String itemId, long shareId, Instant expiresAt, Origin origin) implements Audited {

	@Override
	public String action() {
		return "warehouse.item-shared";
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
		return "Shared by link " + this.shareId + " until " + this.expiresAt;
	}

}
