package org.motcua.statistics;

import java.time.ZoneId;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The statistics' settings ({@code motcua.statistics}): the zone whose local dates cut
 * periods, the rate at which a digitization figure counts as achieved (80 % by the
 * province's plan), and the yearly rise the targets view expects of connected, shared
 * handling (20 points).
 */
@Validated
@ConfigurationProperties("motcua.statistics")
record StatisticsProperties(@NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8") double achievedAt,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.2") double yearlyTargetRise) {

}
