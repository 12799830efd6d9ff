package org.motcua.warehouse;

import java.time.Instant;

/**
 * A shared item as its link finds it: the item, when the link expires, and whether it
 * still opens.
 */
public record SharedItem(long shareId, WarehouseItem item, Instant expiresAt, State state) {

	/** Whether a link still shows its item. */
	public enum State {

		/** Within its time, not withdrawn, the item not revoked. */
		OPEN,
		/** Past its expiry. */
		EXPIRED,
		/** Withdrawn by the owner, or the item was revoked. */
		WITHDRAWN

	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

}
