package org.motcua.catalog.administration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.catalog.Fixtures;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.VersionStatus;
import org.motcua.platform.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of a procedure's versions. */
class ProcedureHistoryTests {

	private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");

	private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

	private final ProcedureHistory history = new ProcedureHistory(List.of());

	@Test
	void editsADraftInPlace() {
		assertThat(this.history.edit(definition("Một"), AT, "admin").version()).isEqualTo(1);
		assertThat(this.history.edit(definition("Hai"), AT, "admin").version()).isEqualTo(1);
		assertThat(this.history.versions()).singleElement().extracting(Procedure::name).isEqualTo("Hai");
	}

	@Test
	void startsANewDraftWhenThePublishedOneIsEdited() {
		this.history.edit(definition("Một"), AT, "admin");
		this.history.publish(JAN, AT, "admin");
		Procedure draft = this.history.edit(definition("Hai"), AT, "admin");
		assertThat(draft.version()).isEqualTo(2);
		assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
		assertThat(this.history.published()).get().extracting(Procedure::name).isEqualTo("Một");
	}

	@Test
	void supersedesThePublishedVersionWhenTheNextIsPublished() {
		this.history.edit(definition("Một"), AT, "admin");
		this.history.publish(JAN, AT, "admin");
		this.history.edit(definition("Hai"), AT, "admin");
		List<Procedure> changed = this.history.publish(JAN.plusMonths(1), AT, "admin");
		assertThat(changed).extracting(Procedure::status)
			.containsExactly(VersionStatus.SUPERSEDED, VersionStatus.PUBLISHED);
		assertThat(this.history.published()).get().extracting(Procedure::version).isEqualTo(2);
	}

	@Test
	void refusesToPublishWithoutADraftOrBeforeTheCurrentDate() {
		assertThatThrownBy(() -> this.history.publish(JAN, AT, "admin")).isInstanceOf(RequestRefused.class)
			.hasMessage("catalog.no-draft");
		this.history.edit(definition("Một"), AT, "admin");
		this.history.publish(JAN, AT, "admin");
		this.history.edit(definition("Hai"), AT, "admin");
		assertThatThrownBy(() -> this.history.publish(JAN.minusDays(1), AT, "admin"))
			.hasMessage("catalog.effective-before");
	}

	@Test
	void withdrawsOnlyThePublishedVersionNotBeforeItsEffectiveDate() {
		assertThatThrownBy(() -> this.history.withdraw(JAN, AT, "admin")).hasMessage("catalog.not-published");
		this.history.edit(definition("Một"), AT, "admin");
		this.history.publish(JAN, AT, "admin");
		assertThatThrownBy(() -> this.history.withdraw(JAN.minusDays(1), AT, "admin"))
			.hasMessage("catalog.withdrawn-before");
		Procedure withdrawn = this.history.withdraw(JAN.plusDays(10), AT, "admin");
		assertThat(withdrawn.status()).isEqualTo(VersionStatus.WITHDRAWN);
		assertThat(this.history.published()).isEmpty();
		assertThat(this.history.edit(definition("Ba"), AT, "admin").version()).isEqualTo(2);
	}

	private static ProcedureDefinition definition(String name) {
		List<Violation> violations = new ArrayList<>();
		ProcedureDefinition d = Entries.read(Fixtures.entry("1.000002", name),
				new Entries.Lookups(a -> true, t -> null), violations);
		assertThat(violations).isEmpty();
		return d;
	}

}
