/**
 * The working calendar of the province and deadline arithmetic in working time.
 *
 * <p>
 * Depends on {@code shared}, {@code platform} and {@code organization}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization" })
package org.motcua.calendar;
