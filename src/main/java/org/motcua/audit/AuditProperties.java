package org.motcua.audit;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the audit trail is sealed and verified.
 *
 * @param sealInterval the pause between two runs of the sealing job
 * @param sealBatchSize entries chained per transaction of the sealing job
 * @param unsealedTolerance an entry still unsealed after this long makes the verification
 * fail
 */
@Validated
@ConfigurationProperties("motcua.audit")
public record AuditProperties(@NotNull @DefaultValue("PT5S") Duration sealInterval,
		@Min(1) @Max(10000) @DefaultValue("500") int sealBatchSize,
		@NotNull @DefaultValue("PT5M") Duration unsealedTolerance) {

}
