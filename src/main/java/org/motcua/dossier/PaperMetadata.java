package org.motcua.dossier;

import java.time.LocalDate;

/**
 * The metadata of a digitized paper (Circular 01/2023/TT-VPCP, Art. 9): its number and
 * symbol, issue date, issuer, validity and summary. Its paper type code is the required
 * document's code it was given for.
 *
 * @param number the number and symbol (số, ký hiệu), {@code null} when the paper has none
 * @param issuedOn the issue date
 * @param issuer the issuing agency or person
 * @param validUntil the last day it is valid; {@code null} when permanent
 * @param summary a short summary (trích yếu), {@code null} when none
 */
public record PaperMetadata(String number, LocalDate issuedOn, String issuer, LocalDate validUntil, String summary) {

	public PaperMetadata {
		if (issuedOn == null) {
			throw new IllegalArgumentException("A digitized paper has its issue date");
		}
		if (issuer == null || issuer.isBlank() || issuer.strip().length() > 300) {
			throw new IllegalArgumentException("A digitized paper names its issuer (at most 300 characters)");
		}
		if (validUntil != null && validUntil.isBefore(issuedOn)) {
			throw new IllegalArgumentException("A paper cannot expire before it is issued");
		}
		number = blankToNull(number, 100);
		summary = blankToNull(summary, 1000);
		issuer = issuer.strip();
	}

	/** Whether the paper never expires. */
	public boolean isPermanent() {
		return this.validUntil == null;
	}

	private static String blankToNull(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new IllegalArgumentException("At most " + max + " characters: " + value);
		}
		return value.strip();
	}

}
