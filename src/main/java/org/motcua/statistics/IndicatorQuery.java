package org.motcua.statistics;

import java.time.LocalDate;

import org.motcua.shared.Level;

/**
 * A cut of the figures: the dossiers received from {@code from} to {@code to} (both
 * inclusive, local dates), optionally of one level or unit (resolved in the
 * administrative tree of {@code asOf}), one agency, one procedure, one field.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, Level level, String unit, String agency, String procedure,
		String field, LocalDate asOf) {

	public IndicatorQuery {
		if (from == null || to == null || asOf == null) {
			throw new IllegalArgumentException("A cut needs its dates");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it begins");
		}
	}

	IndicatorQuery withPeriod(LocalDate start, LocalDate end) {
		return new IndicatorQuery(start, end, this.level, this.unit, this.agency, this.procedure, this.field,
				this.asOf);
	}

	IndicatorQuery withUnit(String unitCode) {
		return new IndicatorQuery(this.from, this.to, null, unitCode, this.agency, this.procedure, this.field,
				this.asOf);
	}

	IndicatorQuery withLevel(Level newLevel) {
		return new IndicatorQuery(this.from, this.to, newLevel, this.unit, this.agency, this.procedure, this.field,
				this.asOf);
	}

	IndicatorQuery withAgency(String agencyCode) {
		return new IndicatorQuery(this.from, this.to, this.level, this.unit, agencyCode, this.procedure, this.field,
				this.asOf);
	}

	IndicatorQuery withField(String fieldCode) {
		return new IndicatorQuery(this.from, this.to, this.level, this.unit, this.agency, this.procedure, fieldCode,
				this.asOf);
	}

	IndicatorQuery withProcedure(String procedureCode) {
		return new IndicatorQuery(this.from, this.to, this.level, this.unit, this.agency, procedureCode, this.field,
				this.asOf);
	}

}
