package org.motcua.calendar;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The working calendar of the installation (its zone is {@code motcua.zone}).
 *
 * @param province the 2-digit code of the province whose calendar this is (one calendar
 * per installation; holidays are national)
 * @param versionCheck how long an instance trusts its cached calendar before reading the
 * {@code calendar_version} row again to pick up another instance's edits; zero reads it
 * on every computation
 */
@Validated
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(@NotNull @Pattern(regexp = "\\d{2}") @DefaultValue("99") String province,
		@NotNull @DefaultValue("PT5S") Duration versionCheck) {

	public CalendarProperties {
		if (versionCheck != null && versionCheck.isNegative()) {
			throw new IllegalArgumentException("motcua.calendar.version-check is not negative");
		}
	}

}
