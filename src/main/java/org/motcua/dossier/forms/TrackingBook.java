package org.motcua.dossier.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Sổ theo dõi hồ sơ: the register of every dossier a desk received in a period.
 *
 * @param issuer the agency of the desk
 * @param desk the desk's name
 * @param from the first day of the period
 * @param to the last day of the period
 * @param entries the dossiers, in order of receipt
 */
public record TrackingBook(Issuer issuer, String desk, LocalDate from, LocalDate to,
		List<Entry> entries) implements FormContent {

	public TrackingBook {
		Objects.requireNonNull(desk, "desk");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("the period starts before it ends");
		}
		entries = List.copyOf(entries);
	}

	@Override
	public FormKind kind() {
		return FormKind.TRACKING_BOOK;
	}

	/**
	 * One dossier in the book.
	 *
	 * @param dossierCode the dossier code
	 * @param applicantName the applicant
	 * @param address the applicant's address, or {@code null}
	 * @param procedureName the procedure
	 * @param receivedAt when received
	 * @param dueAt the due instant
	 * @param handedTo the department or agency it was handed to, or {@code null}
	 * @param returnedAt when the result was returned, or {@code null}
	 */
	public record Entry(String dossierCode, String applicantName, String address, String procedureName,
			Instant receivedAt, Instant dueAt, String handedTo, Instant returnedAt) {

		public Entry {
			Objects.requireNonNull(dossierCode, "dossierCode");
			Objects.requireNonNull(applicantName, "applicantName");
			Objects.requireNonNull(procedureName, "procedureName");
			Objects.requireNonNull(receivedAt, "receivedAt");
		}

	}

}
