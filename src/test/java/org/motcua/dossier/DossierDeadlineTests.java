package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.StandardWeek.at;

/** The statutory clock of a dossier on the standard week with the 2024 holidays. */
class DossierDeadlineTests {

	private static Dossier received(double amount, LimitUnit unit, String when) {
		return DossierFixtures.received(DossierFixtures.procedure(TimeLimit.of(amount, unit)), at(when));
	}

	@Test
	void dueFiveWorkingDaysAfterReceiptToTheMinute() {
		Dossier d = received(5, LimitUnit.WORKING_DAYS, "2023-10-27T09:32");
		assertThat(d.dueAt()).isEqualTo(at("2023-11-03T09:32"));
		assertThat(d.dueHistory()).singleElement()
			.satisfies(c -> assertThat(c.why()).isEqualTo(DueChange.Why.RECEIVED));
	}

	@Test
	void skipsTheLunarNewYear() {
		Dossier d = received(3, LimitUnit.WORKING_DAYS, "2024-02-07T09:00");
		assertThat(d.dueAt()).isEqualTo(at("2024-02-19T09:00"));
	}

	@Test
	void calendarDayLimitDueOnAHolidayMovesToTheNextWorkingDay() {
		Dossier d = received(2, LimitUnit.CALENDAR_DAYS, "2024-02-07T10:00");
		assertThat(d.dueAt()).isEqualTo(at("2024-02-15T10:00"));
	}

	@Test
	void pausesClockWhileAwaitingSupplementAcrossTheMayHolidaysAndTheMakeUpSaturday() {
		Dossier d = received(5, LimitUnit.WORKING_DAYS, "2024-04-22T08:00");
		assertThat(d.dueAt()).isEqualTo(at("2024-05-02T08:00"));
		d.requestSupplement(List.of("GCS"), "Bản chính", "desk1", at("2024-04-24T10:00"));
		assertThat(d.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		d.supplement(List.of(new SubmittedDocument("GCS", "d".repeat(64), null, Provenance.DIGITIZED)), "citizen1",
				at("2024-05-03T10:00"));
		// 32 working hours waited; 2 May 08:00 + 32 h crosses Saturday 4 May (a working
		// day)
		assertThat(d.dueAt()).isEqualTo(at("2024-05-07T08:00"));
		assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(d.dueHistory()).extracting(DueChange::why)
			.containsExactly(DueChange.Why.RECEIVED, DueChange.Why.SUPPLEMENT_WAIT);
		assertThat(d.pauses()).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(at("2024-05-03T10:00")));
	}

	@Test
	void paymentWaitMovesTheDossierAndTheStepDue() {
		Dossier d = received(3, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		d.handOver(null, null, null, "specialist1", null, "desk1", at("2024-03-04T08:30"));
		Instant stepDue = d.steps().get(1).dueAt();
		assertThat(stepDue).isEqualTo(at("2024-03-04T15:30"));
		assertThat(d.dueAt()).isEqualTo(at("2024-03-07T08:00"));
		d.requestPayment(Vnd.of(8000), null, "specialist1", at("2024-03-04T10:00"));
		d.confirmPayment("BL-7", "desk1", at("2024-03-05T10:00"));
		// waited 1.5 + 3.5 + 3 = 8 working hours
		assertThat(d.dueAt()).isEqualTo(at("2024-03-08T08:00"));
		assertThat(d.steps().get(1).dueAt()).isEqualTo(at("2024-03-05T15:30"));
		assertThat(d.status()).isEqualTo(DossierStatus.IN_PROCESS);
	}

	@Test
	void calendarDayLimitIsPushedByCalendarTimeWaited() {
		Dossier d = received(10, LimitUnit.CALENDAR_DAYS, "2024-03-04T08:00");
		assertThat(d.dueAt()).isEqualTo(at("2024-03-14T08:00"));
		d.requestSupplement(List.of("GCNKH"), null, "desk1", at("2024-03-05T08:00"));
		d.supplement(List.of(new SubmittedDocument("GCNKH", null, null, Provenance.NOT_DIGITIZED)), "citizen1",
				at("2024-03-07T20:00"));
		// 2 days 12 hours later: Saturday 16 March 20:00, moved to Monday 18 March 20:00
		assertThat(d.dueAt()).isEqualTo(at("2024-03-18T20:00"));
	}

	@Test
	void extendsBeforeTheDueInstantOnlyToALaterOne() {
		Dossier d = received(5, LimitUnit.WORKING_DAYS, "2024-04-22T08:00");
		assertThatThrownBy(() -> d.extend(at("2024-05-01T08:00"), "Cần xác minh", "head1", at("2024-04-25T08:00")))
			.isInstanceOfSatisfying(DossierRefused.class,
					refused -> assertThat(refused.code()).isEqualTo("dossier.extension-not-later"));
		d.extend(at("2024-05-06T17:00"), "Cần xác minh thực địa", "head1", at("2024-04-25T08:00"));
		assertThat(d.dueAt()).isEqualTo(at("2024-05-06T17:00"));
		assertThatThrownBy(() -> d.extend(at("2024-05-09T17:00"), "Lần nữa", "head1", at("2024-05-06T17:01")))
			.isInstanceOf(IllegalTransition.class);
		assertThat(d.dueHistory()).last().satisfies(c -> {
			assertThat(c.why()).isEqualTo(DueChange.Why.EXTENSION);
			assertThat(c.oldDueAt()).isEqualTo(at("2024-05-02T08:00"));
		});
	}

	@Test
	void attributesLatenessToTheStepThatOverran() {
		Dossier d = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		d.handOver(null, null, "VHXH", "specialist1", null, "desk1", at("2024-03-04T08:30"));
		d.handOver(null, null, null, "approver1", null, "specialist1", at("2024-03-06T09:00"));
		d.finish(DossierFixtures.RESULT, "approver1", at("2024-03-06T09:30"));
		d.approve("approver1", at("2024-03-06T10:00"));
		assertThat(d.steps()).extracting(DossierStep::outcome)
			.containsExactly(Outcome.ON_TIME, Outcome.LATE, Outcome.ON_TIME);
		assertThat(d.steps().get(1).department()).isEqualTo("VHXH");
		assertThat(d.dueAt()).isEqualTo(at("2024-03-05T08:00"));
		assertThat(d.outcome()).isEqualTo(Outcome.LATE);
		assertThat(d.countsLateInNationalIndex()).isTrue();
	}

	@Test
	void outcomeIsDecidedByTheLocalDueDate() {
		Instant due = at("2024-03-05T08:00");
		assertThat(Outcome.of(at("2024-03-04T23:59"), due, StandardWeek.ZONE)).isEqualTo(Outcome.EARLY);
		assertThat(Outcome.of(at("2024-03-05T00:00"), due, StandardWeek.ZONE)).isEqualTo(Outcome.ON_TIME);
		assertThat(Outcome.of(at("2024-03-05T23:59"), due, StandardWeek.ZONE)).isEqualTo(Outcome.ON_TIME);
		assertThat(Outcome.of(at("2024-03-06T00:00"), due, StandardWeek.ZONE)).isEqualTo(Outcome.LATE);
	}

	@Test
	void clockEndsAtApprovalNotAtReturn() {
		Dossier d = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		d.handOver(2, null, null, "approver1", null, "desk1", at("2024-03-04T09:00"));
		d.finish(DossierFixtures.RESULT, "approver1", at("2024-03-04T10:00"));
		assertThat(d.clockEndedAt()).isNull();
		d.approve("approver1", at("2024-03-04T16:00"));
		d.returnResult(Channel.POST, "desk1", at("2024-03-12T09:00"));
		assertThat(d.clockEndedAt()).isEqualTo(at("2024-03-04T16:00"));
		assertThat(d.outcome()).isEqualTo(Outcome.EARLY);
		assertThat(d.countsLateInNationalIndex()).isFalse();
	}

	@Test
	void clockEndsAtStopWithdrawalAndRejection() {
		Dossier stopped = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		stopped.requestSupplement(List.of("GCS"), null, "desk1", at("2024-03-04T09:00"));
		stopped.stop("Quá hạn bổ sung", "desk1", at("2024-03-20T09:00"));
		assertThat(stopped.clockEndedAt()).isEqualTo(at("2024-03-20T09:00"));
		assertThat(stopped.pauses()).singleElement().satisfies(p -> assertThat(p.to()).isNotNull());
		assertThat(stopped.outcome()).isNull();
		Dossier withdrawn = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		withdrawn.withdraw(null, "citizen1", at("2024-03-04T09:00"));
		assertThat(withdrawn.clockEndedAt()).isEqualTo(at("2024-03-04T09:00"));
		Dossier rejected = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		rejected.reject(List.of("Không thuộc thẩm quyền"), "desk1", at("2024-03-04T08:10"));
		assertThat(rejected.clockEndedAt()).isEqualTo(at("2024-03-04T08:10"));
		assertThat(rejected.isOverdue(at("2024-04-01T08:00"))).isFalse();
	}

	@Test
	void refusesRejectionAfterAHandOver() {
		Dossier d = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		d.handOver(null, null, null, "specialist1", null, "desk1", at("2024-03-04T08:30"));
		d.returnToPrevious("Trả lại", "specialist1", at("2024-03-04T09:00"));
		assertThat(d.currentStep()).isZero();
		assertThatThrownBy(() -> d.reject(List.of("x"), "desk1", at("2024-03-04T09:10")))
			.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void moreThanOneSupplementRequestCountsLateInTheNationalIndex() {
		Dossier d = received(5, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		for (int round = 0; round < 2; round++) {
			d.requestSupplement(List.of("GCS"), null, "desk1", at("2024-03-0" + (5 + 2 * round) + "T08:00"));
			d.supplement(List.of(new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED)), "citizen1",
					at("2024-03-0" + (6 + 2 * round) + "T08:00"));
		}
		d.handOver(2, null, null, "approver1", null, "desk1", at("2024-03-11T08:00"));
		d.finish(DossierFixtures.RESULT, "approver1", at("2024-03-11T09:00"));
		d.approve("approver1", at("2024-03-11T10:00"));
		assertThat(d.outcome()).isEqualTo(Outcome.EARLY);
		assertThat(d.supplementRounds()).isEqualTo(2);
		assertThat(d.countsLateInNationalIndex()).isTrue();
	}

	@Test
	void refusesSupplementRequestForPapersTheProcedureDoesNotAskFor() {
		Dossier d = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		assertThatThrownBy(() -> d.requestSupplement(List.of("XYZ"), null, "desk1", at("2024-03-04T09:00")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("XYZ");
	}

	@Test
	void refusesDeskIntakeListingEveryMissingMandatoryPaper() {
		assertThatThrownBy(() -> Dossier.receiveAtDesk(DossierFixtures.oneWorkingDay(), DossierFixtures.AGENCY, null,
				Channel.COUNTER, DossierFixtures.citizen(), null, List.of(),
				DossierFixtures.nextCode(at("2024-03-04T08:00")), "desk1", at("2024-03-04T08:00"),
				DossierFixtures.WEEK))
			.isInstanceOfSatisfying(MissingDocuments.class,
					e -> assertThat(e.missing()).containsExactly("TKKS", "GCS"));
	}

	@Test
	void receiptAfterClosingStartsTheClockAtTheNextOpening() {
		Dossier d = received(0.5, LimitUnit.WORKING_DAYS, "2024-05-03T18:00");
		// next opening is the make-up Saturday 4 May 07:00; 4 hours → 11:30 + 0.5 h →
		// 14:00
		assertThat(d.dueAt()).isEqualTo(at("2024-05-04T11:00"));
	}

	@Test
	void eventsCarryTheDossierButNeverTheWholeId() {
		Dossier d = received(1, LimitUnit.WORKING_DAYS, "2024-03-04T08:00");
		DossierEvent event = d.events().get(0);
		assertThat(event).isInstanceOf(DossierReceived.class);
		assertThat(event.action()).isEqualTo("dossier.received");
		assertThat(event.subjectId()).isEqualTo(d.code().value());
		assertThat(event.dossier().idLastFour()).isEqualTo("1234");
		assertThat(event.dossier().nationalCode()).isEqualTo(2);
		assertThat(event.dossier().dueAt()).isEqualTo(d.dueAt());
		assertThat(event.summary()).contains("1234").doesNotContain("034099001234");
		assertThat(event.origin().username()).isEqualTo("desk1");
	}

}
