package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

/**
 * The internal process of a procedure (quy trình nội bộ): ordered steps, each done by a
 * role in a department and/or at an agency, each taking its share of the time limit in
 * the limit's own hours. A step at another agency makes the procedure inter-agency.
 */
public record ProcessingPlan(List<Step> steps) {

	public ProcessingPlan {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	/** The hours of all steps together. */
	public BigDecimal hours() {
		return this.steps.stream().map(Step::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether a step is done at another agency than the receiving one. */
	public boolean isInterAgency() {
		return this.steps.stream().anyMatch(step -> step.agency() != null);
	}

	/**
	 * One step: {@code agency} is null for the procedure's receiving agency;
	 * {@code hours} is the step's share of the limit in the limit's own hours.
	 */
	public record Step(String name, Role role, String department, AgencyCode agency, BigDecimal hours) {

		public Step {
			hours = hours == null ? null : Decimals.normal(hours);
		}

	}

}
