package org.motcua.portal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's settings.
 *
 * @param lookupLimit public lookups (status by code and check) one client may make per
 * {@code lookupWindow}; more answer 429
 * @param lookupWindow the window the lookups are counted in
 */
@ConfigurationProperties("motcua.portal")
@Validated
record PortalProperties(@Min(1) @DefaultValue("20") int lookupLimit,
		@NotNull @DefaultValue("PT10M") Duration lookupWindow) {

}
