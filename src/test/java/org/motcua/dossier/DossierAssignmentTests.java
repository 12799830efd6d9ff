package org.motcua.dossier;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assigning and claiming the current step: only within the step's unit, by its
 * department's head or by an officer claiming a step nobody has.
 */
class DossierAssignmentTests {

	private static final Instant START = StandardWeek.at("2024-03-04T08:00");

	private static final String AGENCY = DossierFixtures.AGENCY.value();

	private static final StaffMember HEAD = new StaffMember("head1", AGENCY, "VHXH", Set.of(Role.DEPARTMENT_HEAD));

	private static final StaffMember SPECIALIST = new StaffMember("specialist1", AGENCY, "VHXH",
			Set.of(Role.SPECIALIST));

	private static final StaffMember COLLEAGUE = new StaffMember("specialist3", AGENCY, "VHXH",
			Set.of(Role.SPECIALIST));

	private static final StaffMember OTHER_DEPARTMENT = new StaffMember("specialist4", AGENCY, "TNMT",
			Set.of(Role.SPECIALIST));

	private static final StaffMember OTHER_AGENCY = new StaffMember("specialist2", "000.00.02.H99", "VHXH",
			Set.of(Role.SPECIALIST));

	/** Received and handed to the specialists' step (VHXH), nobody assigned. */
	private static Dossier atTheSpecialistsStep() {
		Dossier d = DossierFixtures.received(DossierFixtures.oneWorkingDay(), START);
		d.handOver(null, null, null, null, null, "desk1", START.plusSeconds(600));
		d.clearEvents();
		return d;
	}

	@Test
	void headAssignsTheCurrentStepToASpecialistOfTheDepartmentRecordingAndPublishingIt() {
		Dossier d = atTheSpecialistsStep();
		Instant at = START.plusSeconds(1200);
		d.assign(SPECIALIST, HEAD, "Xử lý gấp", at);
		assertThat(d.steps().get(1).assignee()).isEqualTo("specialist1");
		assertThat(d.status()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(d.events()).singleElement().isInstanceOfSatisfying(StepAssigned.class, e -> {
			assertThat(e.assignee()).isEqualTo("specialist1");
			assertThat(e.by()).isEqualTo("head1");
			assertThat(e.claimed()).isFalse();
			assertThat(e.previousAssignee()).isNull();
			assertThat(e.department()).isEqualTo("VHXH");
			assertThat(e.action()).isEqualTo("dossier.step-assigned");
		});
		TimelineEntry last = d.timeline().get(d.timeline().size() - 1);
		assertThat(last.type()).isEqualTo("StepAssigned");
		assertThat(last.by()).isEqualTo("head1");
		assertThat(last.note()).contains("specialist1");
		d.assign(COLLEAGUE, HEAD, null, at.plusSeconds(60));
		assertThat(d.steps().get(1).assignee()).isEqualTo("specialist3");
	}

	@Test
	void specialistClaimsAStepNobodyHasButNotOneSomeoneElseHas() {
		Dossier d = atTheSpecialistsStep();
		d.assign(SPECIALIST, SPECIALIST, null, START.plusSeconds(1200));
		assertThat(d.steps().get(1).assignee()).isEqualTo("specialist1");
		assertThat(((StepAssigned) d.events().get(0)).claimed()).isTrue();
		assertThatThrownBy(() -> d.assign(COLLEAGUE, COLLEAGUE, null, START.plusSeconds(1300)))
			.isInstanceOfSatisfying(DossierRefused.class, ex -> assertThat(ex.code()).isEqualTo("dossier.step-taken"));
		assertThat(d.steps().get(1).assignee()).isEqualTo("specialist1");
	}

	@Test
	void refusesAssigneesOutsideTheStepsUnitAndAssignmentsByNonHeads() {
		Dossier d = atTheSpecialistsStep();
		int timeline = d.timeline().size();
		assertThatThrownBy(() -> d.assign(OTHER_DEPARTMENT, HEAD, null, START.plusSeconds(1200)))
			.isInstanceOfSatisfying(DossierRefused.class,
					ex -> assertThat(ex.code()).isEqualTo("dossier.assignee-outside-unit"));
		assertThatThrownBy(() -> d.assign(OTHER_AGENCY, HEAD, null, START.plusSeconds(1200))).isInstanceOfSatisfying(
				DossierRefused.class, ex -> assertThat(ex.code()).isEqualTo("dossier.assignee-outside-unit"));
		assertThatThrownBy(() -> d.assign(COLLEAGUE, SPECIALIST, null, START.plusSeconds(1200))).isInstanceOfSatisfying(
				DossierRefused.class, ex -> assertThat(ex.code()).isEqualTo("dossier.not-department-head"));
		StaffMember headElsewhere = new StaffMember("head9", AGENCY, "TNMT", Set.of(Role.DEPARTMENT_HEAD));
		assertThatThrownBy(() -> d.assign(SPECIALIST, headElsewhere, null, START.plusSeconds(1200)))
			.isInstanceOfSatisfying(DossierRefused.class,
					ex -> assertThat(ex.code()).isEqualTo("dossier.not-department-head"));
		assertThat(d.steps().get(1).assignee()).isNull();
		assertThat(d.events()).isEmpty();
		assertThat(d.timeline()).hasSize(timeline);
	}

	@Test
	void refusesWhileWaitingForTheApplicant() {
		Dossier d = atTheSpecialistsStep();
		d.requestSupplement(java.util.List.of("GCS"), null, "specialist1", START.plusSeconds(1200));
		assertThatThrownBy(() -> d.assign(SPECIALIST, HEAD, null, START.plusSeconds(1300)))
			.isInstanceOf(IllegalTransition.class);
	}

}
