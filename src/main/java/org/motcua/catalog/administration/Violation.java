package org.motcua.catalog.administration;

/**
 * One thing wrong with a procedure as given: where ({@code path}, e.g.
 * {@code processingPlan.steps[1].hours}), a message code of the catalog bundle and its
 * arguments.
 */
public record Violation(String path, String key, Object... arguments) {

	public Violation under(String prefix) {
		return new Violation(this.path.isEmpty() ? prefix : prefix + "." + this.path, this.key, this.arguments);
	}

}
