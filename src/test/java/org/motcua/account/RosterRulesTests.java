package org.motcua.account;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterRulesTests {

	@Test
	void findsMondayOfIsoWeek() {
		assertThat(RosterRules.mondayOf("2026-W48")).contains(LocalDate.of(2026, 11, 23));
		assertThat(RosterRules.mondayOf("2026-W01")).contains(LocalDate.of(2025, 12, 29));
		assertThat(RosterRules.mondayOf("2026-W53")).contains(LocalDate.of(2026, 12, 28));
		assertThat(RosterRules.mondayOf("2025-W53")).isEmpty();
		assertThat(RosterRules.mondayOf("2020-W53")).contains(LocalDate.of(2020, 12, 28));
	}

	@Test
	void refusesMalformedWeeks() {
		assertThat(RosterRules.mondayOf("2026-48")).isEmpty();
		assertThat(RosterRules.mondayOf("2026-W00")).isEmpty();
		assertThat(RosterRules.mondayOf(null)).isEmpty();
		assertThat(RosterRules.mondayOf("W48")).isEmpty();
	}

	@Test
	void writesWeekOfDate() {
		assertThat(RosterRules.weekOf(LocalDate.of(2026, 11, 29))).isEqualTo("2026-W48");
		assertThat(RosterRules.weekOf(LocalDate.of(2025, 12, 30))).isEqualTo("2026-W01");
	}

	@Test
	void staffsDesksMondayToSaturdayOnly() {
		LocalDate monday = LocalDate.of(2026, 11, 23);
		assertThat(RosterRules.workingDays(monday)).hasSize(6).first().isEqualTo(monday);
		assertThat(RosterRules.workingDays(monday)).last().isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(RosterRules.isDutyDay(LocalDate.of(2026, 11, 28))).isTrue();
		assertThat(RosterRules.isDutyDay(LocalDate.of(2026, 11, 29))).isFalse();
	}

}
