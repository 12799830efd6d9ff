package org.motcua.dossier;

import java.math.BigDecimal;

/**
 * A step of the pinned processing plan: done by a role in a department and/or at an
 * agency (null: the receiving agency), taking {@code hours} of the limit in the limit's
 * own hours (null: no share of its own).
 */
public record PlannedStep(String name, String role, String department, String agency, BigDecimal hours) {

}
