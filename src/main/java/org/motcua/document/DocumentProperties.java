package org.motcua.document;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where documents are stored and how large they may be.
 *
 * @param storage the storage in use ({@code filesystem}: under
 * {@code ${motcua.data-dir}/documents})
 * @param maxSize the largest file accepted
 */
@Validated
@ConfigurationProperties("motcua.document")
public record DocumentProperties(@NotNull @DefaultValue("filesystem") Storage storage,
		@NotNull @DefaultValue("20MB") DataSize maxSize) {

	/** The kinds of document storage. */
	public enum Storage {

		FILESYSTEM

	}

}
