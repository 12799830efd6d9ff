package org.motcua.catalog.administration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.VersionStatus;
import org.motcua.platform.RequestRefused;

/**
 * The versions of one procedure and the rules of their lifecycle: a draft is edited in
 * place; editing a procedure whose latest version is published, superseded or withdrawn
 * starts a new draft version; publishing the draft supersedes the version published
 * before; only the published version can be withdrawn, not before its effective date. No
 * version is ever deleted. Each method answers the versions it changed.
 */
final class ProcedureHistory {

	private final List<Procedure> versions;

	ProcedureHistory(List<Procedure> versions) {
		this.versions = new ArrayList<>(versions);
	}

	Optional<Procedure> latest() {
		return this.versions.isEmpty() ? Optional.empty() : Optional.of(this.versions.get(this.versions.size() - 1));
	}

	Optional<Procedure> published() {
		return this.versions.stream().filter(Procedure::isPublished).findFirst();
	}

	Optional<Procedure> draft() {
		return latest().filter(Procedure::isDraft);
	}

	List<Procedure> versions() {
		return List.copyOf(this.versions);
	}

	/**
	 * The draft holding {@code definition}: the current draft changed, or a new version.
	 */
	Procedure edit(ProcedureDefinition definition, Instant at, String by) {
		Optional<Procedure> draft = draft();
		if (draft.isPresent()) {
			Procedure changed = new Procedure(definition, draft.get().version(), VersionStatus.DRAFT, null, null, at,
					by);
			this.versions.set(this.versions.size() - 1, changed);
			return changed;
		}
		int version = latest().map(Procedure::version).orElse(0) + 1;
		Procedure created = new Procedure(definition, version, VersionStatus.DRAFT, null, null, at, by);
		this.versions.add(created);
		return created;
	}

	/**
	 * Publishes the draft from {@code effectiveFrom}.
	 * @throws RequestRefused {@code catalog.no-draft} without a draft,
	 * {@code catalog.effective-before} when the date is before that of the version
	 * published now
	 */
	List<Procedure> publish(LocalDate effectiveFrom, Instant at, String by) {
		Procedure draft = draft().orElseThrow(() -> RequestRefused.conflict("catalog.no-draft"));
		List<Procedure> changed = new ArrayList<>();
		Optional<Procedure> current = published();
		if (current.isPresent()) {
			Procedure old = current.get();
			if (effectiveFrom.isBefore(old.effectiveFrom())) {
				throw RequestRefused.conflict("catalog.effective-before", old.effectiveFrom());
			}
			changed.add(replace(new Procedure(old.definition(), old.version(), VersionStatus.SUPERSEDED,
					old.effectiveFrom(), old.withdrawnOn(), at, by)));
		}
		changed.add(replace(new Procedure(draft.definition(), draft.version(), VersionStatus.PUBLISHED, effectiveFrom,
				null, at, by)));
		return changed;
	}

	/**
	 * Withdraws the published version on {@code on}.
	 * @throws RequestRefused {@code catalog.not-published} when none is published,
	 * {@code catalog.withdrawn-before} when {@code on} is before its effective date
	 */
	Procedure withdraw(LocalDate on, Instant at, String by) {
		Procedure current = published().orElseThrow(() -> RequestRefused.conflict("catalog.not-published"));
		if (on.isBefore(current.effectiveFrom())) {
			throw RequestRefused.conflict("catalog.withdrawn-before", current.effectiveFrom());
		}
		return replace(new Procedure(current.definition(), current.version(), VersionStatus.WITHDRAWN,
				current.effectiveFrom(), on, at, by));
	}

	private Procedure replace(Procedure changed) {
		for (int i = 0; i < this.versions.size(); i++) {
			if (this.versions.get(i).version() == changed.version()) {
				this.versions.set(i, changed);
			}
		}
		return changed;
	}

}
