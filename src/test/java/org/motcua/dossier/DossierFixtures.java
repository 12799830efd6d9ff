package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.shared.AgencyCode;

/** Dossiers for plain unit tests, on the standard week. */
final class DossierFixtures {

	static final AgencyCode AGENCY = AgencyCode.of("000.20.01.H99");

	static final String RESULT = "a".repeat(64);

	static final WorkingTimeRules WEEK = new StandardWeek();

	private static int next = 1;

	private DossierFixtures() {
	}

	/**
	 * Birth registration: TKKS and GCS mandatory, GCNKH optional; desk 1 h, specialist 5
	 * h, approver 2 h.
	 */
	static PinnedProcedure procedure(TimeLimit limit) {
		return new PinnedProcedure("1.001193", 3, limit, List.of("TKKS", "GCS", "GCNKH"), List.of("TKKS", "GCS"),
				List.of(new PlannedStep("Tiếp nhận", "DESK_OFFICER", "VP", null, BigDecimal.ONE),
						new PlannedStep("Thẩm định", "SPECIALIST", "VHXH", null, BigDecimal.valueOf(5)),
						new PlannedStep("Phê duyệt", "APPROVER", null, null, BigDecimal.valueOf(2))));
	}

	static PinnedProcedure oneWorkingDay() {
		return procedure(TimeLimit.of(1, LimitUnit.WORKING_DAYS));
	}

	static Applicant citizen() {
		return new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, "034099001234", "Nguyễn Văn An",
				LocalDate.of(1990, 1, 2), "0912345678", null, "Đông Sơn");
	}

	static List<SubmittedDocument> papers() {
		return List.of(new SubmittedDocument("TKKS", "b".repeat(64), null, Provenance.DIGITIZED),
				new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED));
	}

	static DossierCode nextCode(Instant at) {
		return new DossierCode(AGENCY, at.atZone(StandardWeek.ZONE).toLocalDate(), next++ % 9999 + 1);
	}

	static Dossier received(PinnedProcedure procedure, Instant at) {
		return Dossier.receiveAtDesk(procedure, AGENCY, "27001", Channel.COUNTER, citizen(), null, papers(),
				nextCode(at), "desk1", at, WEEK);
	}

	static Dossier draft(Instant at) {
		return Dossier.draft(oneWorkingDay(), AGENCY, "27001", citizen(), null, papers(), "citizen1", at, WEEK);
	}

}
