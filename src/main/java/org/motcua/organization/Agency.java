package org.motcua.organization;

import java.time.LocalDate;
import java.util.Objects;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

/**
 * An agency (cơ quan, đơn vị) that handles procedures: a people's committee, a provincial
 * department, a service centre. It serves one administrative unit of its own level, is
 * valid from {@code validFrom} (inclusive) until {@code validTo} (exclusive, or
 * {@code null}), and its code is never reused. Its name and its departments may change;
 * it ends by being given a {@code validTo}. Read-only to other modules.
 */
public record Agency(AgencyCode code, String name, Level level, UnitCode unit, LocalDate validFrom, LocalDate validTo) {

	public Agency {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(validFrom, "validFrom");
	}

	/** Whether the agency exists on {@code date}. */
	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || date.isBefore(this.validTo));
	}

}
