package org.motcua.platform;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The installation: where its files live, whether demo data loads, and how often
 * incomplete event publications are resubmitted.
 *
 * @param dataDir the embedded installation's directory (database and documents)
 * @param demo {@code true} or {@code false}; left empty, demo data loads only on the
 * embedded H2 database
 * @param eventResubmissionAge publications incomplete for longer than this are
 * resubmitted
 * @param zone the province's time zone
 */
@Validated
@ConfigurationProperties("motcua")
public record PlatformProperties(@NotNull @DefaultValue("./data") Path dataDir, Boolean demo,
		@NotNull @DefaultValue("PT1M") Duration eventResubmissionAge,
		@NotNull @DefaultValue("Asia/Ho_Chi_Minh") java.time.ZoneId zone) {

}
