package org.motcua.document;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where documents are stored, what an uploaded paper may be, and when unclaimed uploads
 * are swept.
 *
 * @param storage the storage in use ({@code filesystem}: under
 * {@code ${motcua.data-dir}/documents})
 * @param maxSize the largest file accepted (uploaded papers and other stored files)
 * @param maxPages the most pages an uploaded paper may have
 * @param sweepAge how long an uploaded paper may stay unclaimed before it is swept
 * @param sweepInterval how often the sweep runs
 */
@Validated
@ConfigurationProperties("motcua.document")
public record DocumentProperties(@NotNull @DefaultValue("filesystem") Storage storage,
		@NotNull @DefaultValue("20MB") DataSize maxSize, @Min(1) @DefaultValue("100") int maxPages,
		@NotNull @DefaultValue("PT24H") Duration sweepAge, @NotNull @DefaultValue("PT1H") Duration sweepInterval) {

	/** The kinds of document storage. */
	public enum Storage {

		FILESYSTEM

	}

}
