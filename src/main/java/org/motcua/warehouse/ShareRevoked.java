package org.motcua.warehouse;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An owner withdrew a share link before it expired. */
public record ShareRevoked(String itemId, long shareId, Origin origin) implements Audited {

	@Override
	public String action() {
		return "warehouse.share-revoked";
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
		return "Share link " + this.shareId + " withdrawn";
	}

}
