package org.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.motcua.catalog.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action from every state, allowed or refused exactly as API.md's table says (a
 * draft may also be withdrawn: the applicant discards it).
 */
class DossierTransitionTests {

	/** API.md, "Actions and their bodies": action | allowed from. */
	private static final String[] TABLE = { //
			"SUBMIT             | DRAFT", //
			"RECEIVE            | SUBMITTED", //
			"REJECT             | SUBMITTED RECEIVED", //
			"HAND_OVER          | RECEIVED IN_PROCESS", //
			"RETURN_TO_PREVIOUS | IN_PROCESS", //
			"REQUEST_SUPPLEMENT | RECEIVED IN_PROCESS", //
			"SUPPLEMENT         | AWAITING_SUPPLEMENT", //
			"REQUEST_PAYMENT    | IN_PROCESS", //
			"CONFIRM_PAYMENT    | AWAITING_PAYMENT", //
			"EXTEND             | RECEIVED IN_PROCESS", //
			"STOP               | RECEIVED IN_PROCESS AWAITING_SUPPLEMENT AWAITING_PAYMENT", //
			"WITHDRAW           | DRAFT SUBMITTED RECEIVED IN_PROCESS AWAITING_SUPPLEMENT AWAITING_PAYMENT AWAITING_APPROVAL", //
			"FINISH             | IN_PROCESS", //
			"APPROVE            | AWAITING_APPROVAL", //
			"RETURN_RESULT      | FINISHED", //
			"RATE               | RESULT_RETURNED", //
			"ASSIGN             | RECEIVED IN_PROCESS" };

	private static final Instant START = StandardWeek.at("2024-03-04T08:00");

	static Stream<Arguments> everyStateAndAction() {
		Map<Action, Set<DossierStatus>> allowed = Arrays.stream(TABLE)
			.map(line -> line.split("\\|"))
			.collect(Collectors.toMap(p -> Action.valueOf(p[0].strip()),
					p -> Arrays.stream(p[1].strip().split(" +"))
						.map(DossierStatus::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(DossierStatus.class)))));
		assertThat(allowed).hasSize(Action.values().length);
		List<Arguments> cases = new ArrayList<>();
		for (DossierStatus status : DossierStatus.values()) {
			for (Action action : Action.values()) {
				cases.add(Arguments.of(status, action, allowed.get(action).contains(status)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} from {0}: allowed={2}")
	@MethodSource("everyStateAndAction")
	void allowsExactlyTheTransitionsOfTheApi(DossierStatus from, Action action, boolean allowed) {
		Dossier dossier = inState(from);
		dossier.clearEvents();
		Instant now = START.plusSeconds(3600);
		if (allowed) {
			perform(dossier, action, now);
			assertThat(dossier.events()).hasSize(1);
			assertThat(dossier.events().get(0).dossier().status()).isEqualTo(dossier.status());
		}
		else {
			int timeline = dossier.timeline().size();
			assertThatThrownBy(() -> perform(dossier, action, now)).isInstanceOf(IllegalTransition.class);
			assertThat(dossier.status()).isEqualTo(from);
			assertThat(dossier.events()).isEmpty();
			assertThat(dossier.timeline()).hasSize(timeline);
		}
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void mapsEachStatusToItsNationalCode(DossierStatus status) {
		Map<DossierStatus, Integer> national = new java.util.HashMap<>(Map.of(DossierStatus.SUBMITTED, 1,
				DossierStatus.REJECTED, 3, DossierStatus.RECEIVED, 2, DossierStatus.IN_PROCESS, 4,
				DossierStatus.AWAITING_SUPPLEMENT, 5, DossierStatus.AWAITING_PAYMENT, 6, DossierStatus.WITHDRAWN, 7,
				DossierStatus.STOPPED, 8, DossierStatus.AWAITING_APPROVAL, 4, DossierStatus.FINISHED, 9));
		national.put(DossierStatus.RESULT_RETURNED, 10);
		assertThat(status.nationalCode()).isEqualTo(national.get(status));
	}

	static Stream<DossierStatus> statuses() {
		return Arrays.stream(DossierStatus.values());
	}

	static void perform(Dossier dossier, Action action, Instant now) {
		if (action == Action.SUBMIT) {
			dossier.submit(DossierFixtures.nextCode(now), "citizen1", now);
			return;
		}
		Instant due = dossier.dueAt() == null ? now.plusSeconds(86400) : dossier.dueAt().plusSeconds(86400);
		ActionBody body = new ActionBody(List.of("Thiếu giấy chứng sinh"), 1, null, null, null, "ghi chú",
				List.of("GCS"), List.of(new SubmittedDocument("GCS", "c".repeat(64), null, Provenance.DIGITIZED)),
				Vnd.of(50_000), "BL-1", due, "Cần xác minh", DossierFixtures.RESULT, Channel.COUNTER, 5, "Tốt");
		if (action == Action.ASSIGN) {
			body = new ActionBody(null, null, null, null, "specialist9", null, null, null, null, null, null, null, null,
					null, null, null);
		}
		Actions.perform(dossier, action, body, "officer", now, DossierTransitionTests::staff);
	}

	/**
	 * The officers of the table: a department head and a specialist of the receiving
	 * agency's desk department.
	 */
	static java.util.Optional<StaffMember> staff(String username) {
		String agency = DossierFixtures.AGENCY.value();
		return switch (username) {
			case "officer" -> java.util.Optional
				.of(new StaffMember("officer", agency, "VP", Set.of(org.motcua.shared.Role.DEPARTMENT_HEAD)));
			case "specialist9" -> java.util.Optional
				.of(new StaffMember("specialist9", agency, "VP", Set.of(org.motcua.shared.Role.SPECIALIST)));
			default -> java.util.Optional.empty();
		};
	}

	/** A dossier in the state; IN_PROCESS is at the plan's last step. */
	static Dossier inState(DossierStatus status) {
		Instant t = START;
		Function<Integer, Instant> m = minutes -> START.plusSeconds(60L * minutes);
		return switch (status) {
			case DRAFT -> DossierFixtures.draft(t);
			case SUBMITTED -> {
				Dossier d = DossierFixtures.draft(t);
				d.submit(DossierFixtures.nextCode(t), "citizen1", m.apply(1));
				yield d;
			}
			case REJECTED -> {
				Dossier d = inState(DossierStatus.SUBMITTED);
				d.reject(List.of("Sai thủ tục"), "desk1", m.apply(2));
				yield d;
			}
			case RECEIVED -> DossierFixtures.received(DossierFixtures.oneWorkingDay(), t);
			case IN_PROCESS -> {
				Dossier d = inState(DossierStatus.RECEIVED);
				d.handOver(1, null, null, "specialist1", null, "desk1", m.apply(5));
				d.handOver(null, null, null, "approver1", null, "specialist1", m.apply(10));
				yield d;
			}
			case AWAITING_SUPPLEMENT -> {
				Dossier d = inState(DossierStatus.RECEIVED);
				d.requestSupplement(List.of("GCS"), null, "desk1", m.apply(3));
				yield d;
			}
			case AWAITING_PAYMENT -> {
				Dossier d = inState(DossierStatus.IN_PROCESS);
				d.requestPayment(Vnd.of(8000), null, "approver1", m.apply(15));
				yield d;
			}
			case WITHDRAWN -> {
				Dossier d = inState(DossierStatus.RECEIVED);
				d.withdraw(null, "citizen1", m.apply(3));
				yield d;
			}
			case STOPPED -> {
				Dossier d = inState(DossierStatus.RECEIVED);
				d.stop("Người nộp đã chết", "desk1", m.apply(3));
				yield d;
			}
			case AWAITING_APPROVAL -> {
				Dossier d = inState(DossierStatus.IN_PROCESS);
				d.finish(DossierFixtures.RESULT, "approver1", m.apply(15));
				yield d;
			}
			case FINISHED -> {
				Dossier d = inState(DossierStatus.AWAITING_APPROVAL);
				d.approve("approver1", m.apply(20));
				yield d;
			}
			case RESULT_RETURNED -> {
				Dossier d = inState(DossierStatus.FINISHED);
				d.returnResult(Channel.COUNTER, "desk1", m.apply(25));
				yield d;
			}
		};
	}

}
