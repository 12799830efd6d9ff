/**
 * Administrative units as an effective-dated tree (provinces, districts until 2025-07-01,
 * communes), with codes never reused and the links of merges and splits; agencies with
 * their codes, levels and the unit they serve, and their departments.
 *
 * <p>
 * Other modules read through the {@link org.motcua.organization.Organization} facade,
 * which answers with the immutable records {@code AdministrativeUnit}, {@code Agency},
 * {@code Department} and {@code UnitLineage}, for any date. Administrators change the
 * data on the pages under {@code /admin/units} and {@code /admin/agencies} (also by CSV
 * import); other systems read {@code /api/v1/units} and {@code /api/v1/agencies}. Every
 * change publishes an {@link org.motcua.shared.Audited} event in its transaction
 * ({@code UnitCreated}, {@code UnitChanged}, {@code UnitsMerged}, {@code UnitSplit},
 * {@code UnitsImported}, {@code AgencyCreated}, {@code AgencyChanged},
 * {@code AgenciesImported}, {@code DepartmentCreated}, {@code DepartmentChanged}).
 * Listens to nothing. In demo mode it loads the demo province "Tỉnh An Hòa" (code 99).
 *
 * <p>
 * Depends on {@code shared} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.organization;
