package org.motcua.warehouse;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.motcua.audit.AuditTrail;
import org.motcua.document.Documents;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal data warehouse: deposits digitized papers, results and certified copies
 * for their owner, lists them, offers the ones a new dossier may reuse, records their
 * reuse, revokes them, and shares one through a time-limited link.
 *
 * <p>
 * Methods without an {@link Actor} are for other modules (the dossier module at intake
 * and when a result is issued), which check who acts; those with one check it here:
 * owners see their own warehouse, anyone else only with a {@link WarehouseAccess} grant,
 * and each such read is recorded in the audit trail with its purpose.
 */
@Service
public class Warehouse {

	/** The subject type of the audit trail's entries about a warehouse (by owner). */
	public static final String AUDIT_SUBJECT = "warehouse";

	private final WarehouseItems items;

	private final Sharing sharing;

	private final List<WarehouseAccess> accesses;

	private final Documents documents;

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Warehouse(WarehouseItems items, Sharing sharing, List<WarehouseAccess> accesses, Documents documents,
			AuditTrail trail, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.sharing = sharing;
		this.accesses = List.copyOf(accesses);
		this.documents = documents;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts an item in its owner's warehouse and claims its stored PDF for good, in the
	 * caller's transaction (or a new one). Idempotent by owner, document and kind: when
	 * the owner already holds this PDF as this kind, nothing is added or published and
	 * the item held is returned, whatever the other fields say.
	 * @throws RequestRefused 404 {@code document.not-found} when no PDF is stored under
	 * the document ID
	 */
	@Transactional
	public WarehouseItem deposit(Deposit deposit) {
		this.documents.claim(deposit.documentId(), "warehouse:" + deposit.owner());
		String id = UUID.randomUUID().toString();
		if (this.items.add(id, deposit, this.clock.instant())) {
			this.events.publishEvent(new ItemDeposited(id, deposit.owner(), deposit.kind(), deposit.typeCode(),
					deposit.provenance().dossierCode(), Origin.current(this.clock)));
		}
		return this.items.findHeld(deposit.owner(), deposit.documentId(), deposit.kind())
			.orElseThrow(() -> new IllegalStateException("The deposited item is missing"));
	}

	/** Every item of the owner, revoked ones included, newest first. */
	@Transactional(readOnly = true)
	public List<WarehouseItem> items(OwnerId owner) {
		return this.items.of(owner);
	}

	/** The item with this identifier. */
	@Transactional(readOnly = true)
	public Optional<WarehouseItem> find(String itemId) {
		return itemId == null ? Optional.empty() : this.items.find(itemId);
	}

	/**
	 * The items a new dossier may take instead of a new paper, newest first: of one of
	 * the {@code acceptedTypeCodes} (a required document's own code and the codes it
	 * accepts for reuse), not revoked, in force on {@code onDate}, signed with the
	 * signature intact. The desk offers these at intake, so nobody is asked for a paper
	 * the administration already holds.
	 */
	@Transactional(readOnly = true)
	public List<WarehouseItem> reusable(OwnerId owner, Collection<String> acceptedTypeCodes, LocalDate onDate) {
		if (acceptedTypeCodes == null || acceptedTypeCodes.isEmpty()) {
			return List.of();
		}
		return this.items.ofTypes(owner, acceptedTypeCodes).stream().filter(item -> item.isReusableOn(onDate)).toList();
	}

	/**
	 * Records that the dossier {@code dossierCode} reused the item, for its history;
	 * recording the same dossier again adds nothing.
	 * @throws RequestRefused 404 {@code warehouse.item-not-found} for an unknown item
	 */
	@Transactional
	public void markUsed(String itemId, String dossierCode) {
		if (dossierCode == null || dossierCode.isBlank()) {
			throw new IllegalArgumentException("A reuse names its dossier");
		}
		requireItem(itemId);
		this.items.markUsed(itemId, dossierCode.strip(), this.clock.instant());
	}

	/**
	 * Revokes an item (e.g. a result annulled): it stays in the owner's history, is no
	 * longer offered for reuse, and its share links stop opening. Revoking it again does
	 * nothing.
	 * @param reason why, for the audit trail; may be {@code null}
	 * @return whether it was revoked now
	 * @throws RequestRefused 404 {@code warehouse.item-not-found} for an unknown item
	 */
	@Transactional
	public boolean revoke(String itemId, String reason) {
		WarehouseItem item = requireItem(itemId);
		boolean revoked = this.items.revoke(itemId, this.clock.instant());
		if (revoked) {
			this.events.publishEvent(new ItemRevoked(itemId, item.owner(), reason, Origin.current(this.clock)));
		}
		return revoked;
	}

	/**
	 * The owner's items as {@code actor} may see them: a citizen their own; anyone else
	 * only when a {@link WarehouseAccess} grants it for {@code purpose}, and then the
	 * read is recorded in the audit trail (in a transaction of its own) with the purpose.
	 * @return empty when the actor may not see this warehouse (whether or not it holds
	 * anything)
	 */
	@Transactional(readOnly = true)
	public Optional<List<WarehouseItem>> itemsFor(Actor actor, OwnerId owner, String purpose) {
		String why = purpose == null || purpose.isBlank() ? null : purpose.strip();
		if (isOwner(actor, owner)) {
			return Optional.of(this.items.of(owner));
		}
		if (actor == null || this.accesses.stream().noneMatch(access -> access.mayRead(actor, owner, why))) {
			return Optional.empty();
		}
		this.trail.recordRead(AUDIT_SUBJECT, owner.value(), why);
		return Optional.of(this.items.of(owner));
	}

	/**
	 * Shares one item of the owner's warehouse through a link that opens for
	 * {@code duration} (at most 30 days) and is recorded in the audit trail. Only the
	 * owner may share.
	 * @throws RequestRefused 404 {@code warehouse.item-not-found} for an unknown item or
	 * one that is not the actor's; 400 {@code warehouse.share-duration} for a duration
	 * not above zero or over 30 days; 409 {@code warehouse.item-revoked} for a revoked
	 * item
	 */
	@Transactional
	public ShareLink share(String itemId, Actor owner, Duration duration) {
		WarehouseItem item = find(itemId).filter(i -> isOwner(owner, i.owner()))
			.orElseThrow(() -> RequestRefused.notFound("warehouse.item-not-found"));
		return this.sharing.share(item, owner, duration);
	}

	/**
	 * Withdraws a share link before it expires; withdrawing it again does nothing. Only
	 * the owner of the shared item may.
	 * @throws RequestRefused 404 {@code warehouse.share-not-found} for an unknown link or
	 * one of another owner's item
	 */
	@Transactional
	public void revokeShare(long shareId, Actor owner) {
		this.sharing.revoke(shareId, itemId -> find(itemId).filter(i -> isOwner(owner, i.owner())).isPresent());
	}

	/**
	 * The item a share link shows, and whether the link still opens it (within its time,
	 * not withdrawn, the item not revoked). Each opening is recorded in the audit trail
	 * as a read with the purpose {@code share:<link id>}.
	 * @return empty for a token no link has
	 */
	@Transactional(readOnly = true)
	public Optional<SharedItem> findShared(String token) {
		return this.sharing.find(token, itemId -> this.items.find(itemId));
	}

	private WarehouseItem requireItem(String itemId) {
		return find(itemId).orElseThrow(() -> RequestRefused.notFound("warehouse.item-not-found"));
	}

	static boolean isOwner(Actor actor, OwnerId owner) {
		return actor != null && actor.has(Role.CITIZEN) && owner.is(actor.personalId());
	}

}
