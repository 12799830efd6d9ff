package org.motcua.catalog.administration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.catalog.Fixtures;
import org.motcua.catalog.transfer.CatalogFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps of a plan share the time limit in its own hours and add up to it exactly. */
class PlanRulesTests {

	private static final Entries.Lookups ANY = new Entries.Lookups(a -> true, t -> null);

	@Test
	void acceptsStepsAddingUpToWorkingDays() {
		assertThat(violations(limit("1", "WORKING_DAYS"), "1", "5", "2")).isEmpty();
		assertThat(violations(limit("0.5", "WORKING_DAYS"), "1.5", "2.5")).isEmpty();
	}

	@Test
	void refusesStepsNotAddingUpToTheLimit() {
		assertThat(violations(limit("1", "WORKING_DAYS"), "1", "5", "3")).singleElement().satisfies(v -> {
			assertThat(v.path()).isEqualTo("processingPlan");
			assertThat(v.key()).isEqualTo("catalog.error.hours-sum");
			assertThat(v.arguments()).containsExactly("9", "8", "WORKING_DAYS");
		});
	}

	@Test
	void countsCalendarDaysInCalendarHours() {
		assertThat(violations(limit("15", "CALENDAR_DAYS"), "24", "288", "48")).isEmpty();
		assertThat(violations(limit("15", "CALENDAR_DAYS"), "8", "96", "16")).hasSize(1);
	}

	@Test
	void countsWorkingHoursAsThemselves() {
		assertThat(violations(limit("4", "WORKING_HOURS"), "1", "3")).isEmpty();
		assertThat(violations(limit("4", "WORKING_HOURS"), "32")).hasSize(1);
	}

	@Test
	void refusesAPlanWithoutStepsOrWithAnEmptyStep() {
		assertThat(violations(limit("1", "WORKING_DAYS"))).extracting(Violation::key)
			.containsExactly("catalog.error.steps-required");
		assertThat(violations(limit("1", "WORKING_DAYS"), "8", "0")).extracting(Violation::path)
			.containsExactly("processingPlan.steps[1].hours");
	}

	private static CatalogFile.LimitEntry limit(String amount, String unit) {
		return new CatalogFile.LimitEntry(new BigDecimal(amount), unit);
	}

	private static List<Violation> violations(CatalogFile.LimitEntry limit, String... hours) {
		CatalogFile.Entry e = Fixtures.entry("1.000001", "Thủ tục");
		List<CatalogFile.StepEntry> steps = new ArrayList<>();
		for (String h : hours) {
			steps.add(new CatalogFile.StepEntry("Bước", "SPECIALIST", null, null, new BigDecimal(h)));
		}
		CatalogFile.Entry entry = new CatalogFile.Entry(e.code(), e.name(), e.field(), e.levels(), e.agencies(),
				e.legalBasis(), limit, e.onlineLevel(), e.crossBoundary(), e.fees(), e.requiredDocuments(),
				e.resultTypes(), new CatalogFile.PlanEntry(steps), null);
		List<Violation> violations = new ArrayList<>();
		Entries.read(entry, ANY, violations);
		return violations;
	}

}
