package org.motcua.dossier;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** Dispatches an API action and its body to the aggregate's method. */
final class Actions {

	private Actions() {
	}

	/**
	 * Performs every action but SUBMIT (which needs a code from the sequence) and ASSIGN
	 * (which needs the staff directory).
	 */
	static void perform(Dossier dossier, Action action, ActionBody body, String by, Instant now) {
		perform(dossier, action, body, by, now, username -> Optional.empty());
	}

	/**
	 * Performs every action but SUBMIT; ASSIGN reads the officers from {@code staff}
	 * ({@code toAccount} absent: {@code by} claims the step).
	 */
	static void perform(Dossier dossier, Action action, ActionBody body, String by, Instant now,
			Function<String, Optional<StaffMember>> staff) {
		ActionBody b = body == null ? ActionBody.empty() : body;
		switch (action) {
			case SUBMIT -> throw new IllegalArgumentException("submit takes a dossier code");
			case RECEIVE -> dossier.receive(by, now);
			case REJECT -> dossier.reject(b.reasons(), by, now);
			case HAND_OVER ->
				dossier.handOver(b.toStep(), b.toAgencyCode(), b.toDepartment(), b.toAccount(), b.note(), by, now);
			case RETURN_TO_PREVIOUS -> dossier.returnToPrevious(b.note(), by, now);
			case REQUEST_SUPPLEMENT -> dossier.requestSupplement(b.missing(), b.note(), by, now);
			case SUPPLEMENT -> dossier.supplement(b.documents(), by, now);
			case REQUEST_PAYMENT -> dossier.requestPayment(b.amount(), b.note(), by, now);
			case CONFIRM_PAYMENT -> dossier.confirmPayment(b.reference(), by, now);
			case EXTEND -> dossier.extend(b.newDueAt(), b.reason(), by, now);
			case STOP -> dossier.stop(b.reason(), by, now);
			case WITHDRAW -> dossier.withdraw(b.note(), by, now);
			case FINISH -> dossier.finish(b.resultDocumentId(), by, now);
			case APPROVE -> dossier.approve(by, now, b.resultDocumentId());
			case RETURN_RESULT -> dossier.returnResult(b.how(), by, now);
			case RATE -> dossier.rate(b.score() == null ? 0 : b.score(), b.comment(), by, now);
			case ASSIGN -> {
				String to = b.toAccount() == null || b.toAccount().isBlank() ? by : b.toAccount().strip();
				dossier.assign(member(staff, to), member(staff, by), b.note(), now);
			}
		}
	}

	private static StaffMember member(Function<String, Optional<StaffMember>> staff, String username) {
		return staff.apply(username)
			.orElseThrow(() -> new DossierRefused("dossier.unknown-officer", "No staff account " + username, username));
	}

}
