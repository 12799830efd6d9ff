package org.motcua.dossier;

import java.time.Instant;

/**
 * One line of a desk's queue or tracking book.
 *
 * @param code the dossier code
 * @param procedureCode the pinned procedure
 * @param procedureVersion its version
 * @param applicantName the applicant
 * @param applicantAddress the applicant's address, or {@code null}
 * @param channel how it came in
 * @param status the internal status
 * @param submittedAt when it was submitted
 * @param receivedAt when the desk received it, or {@code null}
 * @param dueAt the due instant, or {@code null} before receipt
 * @param returnedAt when the result was returned, or {@code null}
 * @param handedToAgency the agency of the first hand-over, or {@code null}
 * @param handedToDepartment the department of the first hand-over, or {@code null}
 */
public record DossierLine(String code, String procedureCode, int procedureVersion, String applicantName,
		String applicantAddress, Channel channel, DossierStatus status, Instant submittedAt, Instant receivedAt,
		Instant dueAt, Instant returnedAt, String handedToAgency, String handedToDepartment) {

}
