package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.UnitCode;

/**
 * One link of the history of units: {@code predecessor} ended and {@code successor} began
 * on {@code on}, by a merge, a split or a rename.
 */
public record UnitLineage(UnitCode predecessor, UnitCode successor, LineageKind kind, LocalDate on) {

}
