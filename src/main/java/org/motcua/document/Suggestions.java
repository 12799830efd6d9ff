package org.motcua.document;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata suggested from the recognized text of a paper, each list in the order found,
 * without repeats, for the officer to confirm.
 *
 * @param personalIds 12-digit personal identification numbers
 * @param taxCodes tax codes: 10 digits, or 13 (written {@code 0101234567-001} or in one
 * run)
 * @param dates dates written {@code dd/mm/yyyy} (or with {@code -} or {@code .}) or
 * {@code ngày dd tháng mm năm yyyy}
 */
public record Suggestions(List<String> personalIds, List<String> taxCodes, List<LocalDate> dates) {

	private static final Pattern PERSONAL_ID = Pattern.compile("(?<![\\d-])\\d{12}(?![\\d-])");

	private static final Pattern TAX_CODE = Pattern.compile("(?<![\\d-])(\\d{10}-\\d{3}|\\d{13}|\\d{10})(?![\\d-])");

	private static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<!\\d)(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})(?!\\d)");

	private static final Pattern WRITTEN_DATE = Pattern.compile(
			"ngày\\s*(\\d{1,2})\\s*,?\\s*tháng\\s*(\\d{1,2})\\s*,?\\s*năm\\s*(\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Nothing suggested. */
	static final Suggestions NONE = new Suggestions(List.of(), List.of(), List.of());

	/** The suggestions in {@code text}. */
	static Suggestions from(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
		Set<String> ids = new LinkedHashSet<>(all(PERSONAL_ID, normalized));
		Set<String> taxCodes = new LinkedHashSet<>(all(TAX_CODE, normalized));
		List<Found> dates = new ArrayList<>();
		dates(NUMERIC_DATE, normalized, dates);
		dates(WRITTEN_DATE, normalized, dates);
		dates.sort((a, b) -> Integer.compare(a.at(), b.at()));
		Set<LocalDate> ordered = new LinkedHashSet<>();
		dates.forEach(found -> ordered.add(found.date()));
		return new Suggestions(List.copyOf(ids), List.copyOf(taxCodes), List.copyOf(ordered));
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static void dates(Pattern pattern, String text, List<Found> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(1)));
				if (date.getYear() >= 1900 && date.getYear() <= 2200) {
					into.add(new Found(matcher.start(), date));
				}
			}
			catch (DateTimeException ex) {
				// not a date (31/02/2024, 13/13/2024): no suggestion
			}
		}
	}

	private record Found(int at, LocalDate date) {

	}

}
