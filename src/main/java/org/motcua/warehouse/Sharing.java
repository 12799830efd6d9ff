package org.motcua.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.motcua.audit.AuditTrail;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.Origin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Share links: a random 256-bit token, given to the owner once and kept only as its
 * SHA-256, with an expiry of at most {@link #LONGEST} ahead.
 */
@Component
class Sharing {

	/** The longest a share link may open. */
	static final Duration LONGEST = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Shares shares;

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sharing(Shares shares, AuditTrail trail, ApplicationEventPublisher events, Clock clock) {
		this.shares = shares;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	ShareLink share(WarehouseItem item, Actor owner, Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
			throw RequestRefused.invalid("warehouse.share-duration", LONGEST.toDays());
		}
		if (item.isRevoked()) {
			throw RequestRefused.conflict("warehouse.item-revoked");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(duration);
		long id = this.shares.add(item.id(), hash(token), owner.username(), now, expiresAt);
		this.events.publishEvent(new ItemShared(item.id(), id, expiresAt, Origin.current(this.clock)));
		return new ShareLink(id, item.id(), token, expiresAt);
	}

	void revoke(long shareId, Predicate<String> ownsItem) {
		Shares.Share share = this.shares.find(shareId)
			.filter(s -> ownsItem.test(s.itemId()))
			.orElseThrow(() -> RequestRefused.notFound("warehouse.share-not-found"));
		if (this.shares.revoke(shareId, this.clock.instant())) {
			this.events.publishEvent(new ShareRevoked(share.itemId(), shareId, Origin.current(this.clock)));
		}
	}

	Optional<SharedItem> find(String token, Function<String, Optional<WarehouseItem>> items) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return this.shares.findByTokenHash(hash(token)).flatMap(share -> items.apply(share.itemId()).map(item -> {
			SharedItem shared = new SharedItem(share.id(), item, share.expiresAt(), state(share, item));
			if (shared.isOpen()) {
				this.trail.recordRead(Warehouse.AUDIT_SUBJECT, item.owner().value(), "share:" + share.id());
			}
			return shared;
		}));
	}

	private SharedItem.State state(Shares.Share share, WarehouseItem item) {
		if (share.revokedAt() != null || item.isRevoked()) {
			return SharedItem.State.WITHDRAWN;
		}
		return this.clock.instant().isBefore(share.expiresAt()) ? SharedItem.State.OPEN : SharedItem.State.EXPIRED;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
