package org.motcua.warehouse;

import java.time.Instant;

/**
 * A link that shows one item to anyone holding it until it expires: the public path is
 * {@code /warehouse/shared/<token>}. The token is given once, here; only its SHA-256 is
 * kept.
 */
public record ShareLink(long id, String itemId, String token, Instant expiresAt) {

	/** The path of the public page of the shared item. */
	public String path() {
		return "/warehouse/shared/" + this.token;
	}

}
