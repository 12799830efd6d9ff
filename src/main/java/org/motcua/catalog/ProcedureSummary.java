package org.motcua.catalog;

import java.util.List;

import org.motcua.calendar.TimeLimit;
import org.motcua.shared.Level;

/** A procedure as a list shows it: one version, without its papers, fees and plan. */
public record ProcedureSummary(ProcedureCode code, String name, Field field, List<Level> levels,
		OnlineLevel onlineLevel, TimeLimit timeLimit, int version, VersionStatus status) {

}
