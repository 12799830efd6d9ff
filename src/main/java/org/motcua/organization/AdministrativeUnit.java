package org.motcua.organization;

import java.time.LocalDate;
import java.util.Objects;

import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

/**
 * An administrative unit (đơn vị hành chính): a province, a district (until 2025-07-01)
 * or a commune, valid from {@code validFrom} (inclusive) until {@code validTo}
 * (exclusive, or {@code null} while it exists).
 *
 * <p>
 * A unit is created once under its official code, which is never reused; it may be
 * renamed in place, and it ends when it is merged into a new unit, split into several, or
 * dissolved. Its {@code successor} is the unit that took over its tasks, kept by the
 * administrator (set automatically for a merge or rename, never for a dissolved
 * district). Read-only to other modules.
 */
public record AdministrativeUnit(UnitCode code, String name, Level level, UnitCode parent, LocalDate validFrom,
		LocalDate validTo, UnitCode successor) {

	public AdministrativeUnit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(validFrom, "validFrom");
	}

	/** Whether the unit exists on {@code date}. */
	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || date.isBefore(this.validTo));
	}

	AdministrativeUnit endingOn(LocalDate date) {
		return new AdministrativeUnit(this.code, this.name, this.level, this.parent, this.validFrom, date,
				this.successor);
	}

	AdministrativeUnit succeededBy(UnitCode unit) {
		return new AdministrativeUnit(this.code, this.name, this.level, this.parent, this.validFrom, this.validTo,
				unit);
	}

	AdministrativeUnit named(String newName) {
		return new AdministrativeUnit(this.code, newName, this.level, this.parent, this.validFrom, this.validTo,
				this.successor);
	}

}
