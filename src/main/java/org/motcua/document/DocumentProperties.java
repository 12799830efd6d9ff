package org.motcua.document;

import java.net.URI;
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
 * {@code ${motcua.data-dir}/documents}; {@code s3}: an S3-compatible object store, see
 * {@code s3})
 * @param s3 the object store used when {@code storage} is {@code s3}
 * @param ocr how the text of papers is recognized
 * @param maxSize the largest file accepted (uploaded papers and other stored files)
 * @param maxPages the most pages an uploaded paper may have
 * @param sweepAge how long an uploaded paper may stay unclaimed before it is swept
 * @param sweepInterval how often the sweep runs
 */
@Validated
@ConfigurationProperties("motcua.document")
public record DocumentProperties(@NotNull @DefaultValue("filesystem") Storage storage, @DefaultValue S3 s3,
		@DefaultValue Ocr ocr, @NotNull @DefaultValue("20MB") DataSize maxSize,
		@Min(1) @DefaultValue("100") int maxPages, @NotNull @DefaultValue("PT24H") Duration sweepAge,
		@NotNull @DefaultValue("PT1H") Duration sweepInterval) {

	/** The kinds of document storage. */
	public enum Storage {

		FILESYSTEM, S3

	}

	/**
	 * An S3-compatible object store, addressed path-style
	 * ({@code <endpoint>/<bucket>/<key>}).
	 *
	 * @param endpoint the store's URL (e.g. {@code http://127.0.0.1:9000}); empty for AWS
	 * itself, where the region decides the endpoint
	 * @param region the signing region
	 * @param bucket the bucket (created at start when missing)
	 * @param prefix what every key starts with (e.g. {@code documents/})
	 * @param accessKey the access key; empty to take credentials from the environment
	 * (the SDK's default chain)
	 * @param secretKey the secret key going with {@code accessKey}
	 */
	public record S3(URI endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("motcua") String bucket,
			@DefaultValue("documents/") String prefix, String accessKey, String secretKey) {

	}

	/**
	 * Optical character recognition with the Tesseract command line. When the command
	 * cannot be run or lacks a language, recognition is unavailable and the rest works.
	 *
	 * @param command the {@code tesseract} program (a name looked up on the PATH, or a
	 * path)
	 * @param languages the language packs, joined by {@code +}
	 * @param dpi the resolution pages are rendered at for recognition
	 * @param pageTimeout how long the recognition of one page may take
	 */
	public record Ocr(@DefaultValue("tesseract") String command, @DefaultValue("vie+eng") String languages,
			@DefaultValue("300") int dpi, @DefaultValue("PT2M") Duration pageTimeout) {

	}

}
