package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects in a bucket of an S3-compatible store, under
 * {@code <prefix><sha256>}, addressed path-style. Content is first written to a local
 * temporary file while its hash is computed, then sent in one PUT with its MD5 (which the
 * store checks), so an object is either complete or absent: a failed read or upload
 * leaves nothing. Storing bytes already there copies the object onto itself, which sets
 * its last-modified time (what {@link #writtenBefore(Instant)} reads) to now.
 */
class S3Storage implements DocumentStorage, AutoCloseable {

	private static final String STORED_AT = "stored-at";

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3Storage(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = (prefix == null) ? "" : prefix;
	}

	/**
	 * A storage on the store that {@code s3} describes, creating its bucket if missing.
	 */
	static S3Storage connect(DocumentProperties.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60))
				.build())
			.region(Region.of(s3.region()))
			.forcePathStyle(true)
			// S3-compatible stores do not all know the newer checksum headers; uploads
			// carry
			// Content-MD5 instead.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(s3));
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		S3Storage storage = new S3Storage(builder.build(), s3.bucket(), s3.prefix());
		try {
			storage.createBucketIfMissing();
		}
		catch (RuntimeException ex) {
			storage.close();
			throw ex;
		}
		return storage;
	}

	private static AwsCredentialsProvider credentials(DocumentProperties.S3 s3) {
		if (s3.accessKey() == null || s3.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
	}

	void createBucketIfMissing() {
		try {
			this.client.headBucket(request -> request.bucket(this.bucket));
		}
		catch (NoSuchBucketException ex) {
			this.client.createBucket(request -> request.bucket(this.bucket));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			this.client.createBucket(request -> request.bucket(this.bucket));
		}
	}

	@Override
	public StoredContent store(InputStream content) throws IOException {
		Path temporary = Files.createTempFile("motcua-s3-", ".part");
		try {
			MessageDigest sha256 = digest("SHA-256");
			MessageDigest md5 = digest("MD5");
			long size;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				size = new DigestInputStream(new DigestInputStream(content, sha256), md5).transferTo(out);
			}
			String hash = HexFormat.of().formatHex(sha256.digest());
			String key = key(hash);
			String now = Instant.now().toString();
			try {
				if (exists(hash)) {
					this.client.copyObject(request -> request.sourceBucket(this.bucket)
						.sourceKey(key)
						.destinationBucket(this.bucket)
						.destinationKey(key)
						.metadataDirective(MetadataDirective.REPLACE)
						.contentType("application/octet-stream")
						.metadata(Map.of(STORED_AT, now)));
				}
				else {
					this.client.putObject(request -> request.bucket(this.bucket)
						.key(key)
						.contentLength(size)
						.contentMD5(Base64.getEncoder().encodeToString(md5.digest()))
						.contentType("application/octet-stream")
						.metadata(Map.of(STORED_AT, now)), RequestBody.fromFile(temporary));
				}
			}
			catch (SdkException ex) {
				throw new IOException("Could not store " + hash + " in bucket " + this.bucket, ex);
			}
			return new StoredContent(hash, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		String key = key(DocumentStorage.checked(sha256));
		try {
			return this.client.getObject(request -> request.bucket(this.bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(sha256);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new NoSuchFileException(sha256);
			}
			throw new IOException("Could not read " + sha256 + " from bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + sha256 + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public boolean exists(String sha256) {
		String key = key(DocumentStorage.checked(sha256));
		try {
			this.client.headObject(request -> request.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new UncheckedIOException(new IOException("Could not look up " + sha256, ex));
		}
		catch (SdkException ex) {
			throw new UncheckedIOException(new IOException("Could not look up " + sha256, ex));
		}
	}

	@Override
	public List<String> writtenBefore(Instant cutoff) throws IOException {
		try {
			return this.client.listObjectsV2Paginator(request -> request.bucket(this.bucket).prefix(this.prefix))
				.contents()
				.stream()
				.filter(object -> object.lastModified().isBefore(cutoff))
				.map(object -> object.key().substring(this.prefix.length()))
				.filter(name -> DocumentStorage.SHA256.matcher(name).matches())
				.toList();
		}
		catch (SdkException ex) {
			throw new IOException("Could not list bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(String sha256) throws IOException {
		String key = key(DocumentStorage.checked(sha256));
		try {
			this.client.deleteObject(request -> request.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete " + sha256 + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public void close() {
		this.client.close();
	}

	String bucket() {
		return this.bucket;
	}

	String key(String sha256) {
		return this.prefix + sha256;
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is missing from this Java runtime", ex);
		}
	}

}
