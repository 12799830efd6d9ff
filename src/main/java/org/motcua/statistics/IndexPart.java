package org.motcua.statistics;

/**
 * One part of the 766 index (Decision 766/QĐ-TTg, 2022): its group, its name (a message
 * key), its maximum points, its formula, its inputs as computed, and its points —
 * {@code null} when the system does not hold the data it needs (shown as such, never as
 * zero).
 */
public record IndexPart(String group, String name, double max, String formula, String inputs, Double points) {

	static IndexPart notHeld(String group, String name, double max, String formula) {
		return new IndexPart(group, name, max, formula, null, null);
	}

	static IndexPart rate(String group, String name, double max, long part, long whole, String formula) {
		Double rate = Tally.rate(part, whole);
		return new IndexPart(group, name, max, formula, part + " / " + whole, rate == null ? null : rate * max);
	}

	/** Full marks at or above {@code threshold}, else {@code rate × max ÷ threshold}. */
	static IndexPart threshold(String group, String name, double max, long part, long whole, double threshold,
			String formula) {
		Double rate = Tally.rate(part, whole);
		return new IndexPart(group, name, max, formula, part + " / " + whole,
				rate == null ? null : rate >= threshold ? max : rate * max / threshold);
	}

}
