package org.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.motcua.platform.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Uploaded papers through the facade: stored once, refused leaving nothing, swept. */
@SpringBootTest
class UploadsIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	DocumentStorage storage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void storesSameUploadOnce() throws IOException {
		byte[] pdf = Fixtures.pdf(2);
		Ingested first = this.documents.ingest(new ByteArrayInputStream(pdf), "a.pdf");
		Ingested second = this.documents.ingest(new ByteArrayInputStream(pdf), "b.pdf");
		assertThat(second.documentId()).isEqualTo(first.documentId());
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.mediaType()).isEqualTo("application/pdf");
		assertThat(first.size()).isEqualTo(pdf.length);
		assertThat(files()).filteredOn(p -> p.getFileName().toString().equals(first.sha256())).hasSize(1);
		assertThat(uploads(first.sha256())).isEqualTo(2);
	}

	@Test
	void convertsImageAndKeepsItsOriginalType() throws IOException {
		byte[] png = Fixtures.png(400, 300);
		Ingested ingested = this.documents.ingest(new ByteArrayInputStream(png), "photo.pdf");
		assertThat(ingested.originalMediaType()).isEqualTo("image/png");
		assertThat(ingested.mediaType()).isEqualTo("application/pdf");
		try (var in = this.documents.open(ingested.sha256())) {
			assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
		}
		String original = this.jdbc.sql("SELECT original_sha256 FROM ingested_document WHERE sha256 = :s")
			.param("s", ingested.sha256())
			.query(String.class)
			.list()
			.get(0);
		assertThat(original).isNotEqualTo(ingested.sha256()).hasSize(64);
	}

	@Test
	void refusesBadUploadsStoringNothing() throws IOException {
		List<byte[]> bad = List.of(Fixtures.text(), new byte[0], Fixtures.truncatedPdf(), Fixtures.encryptedPdf(),
				Fixtures.javaScriptPdf());
		List<Path> before = files();
		long rows = rows();
		for (byte[] upload : bad) {
			assertThatExceptionOfType(RequestRefused.class)
				.isThrownBy(() -> this.documents.ingest(new ByteArrayInputStream(upload), "bad.pdf"));
		}
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(
					() -> this.documents.ingest(new DocumentsIntegrationTests.Generated(21L * 1024 * 1024), "big.pdf"))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("document.too-large"));
		assertThat(files()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void sweepsOldUnclaimedUploadsKeepingClaimedAndFreshOnes() throws IOException {
		Ingested old = this.documents.ingest(new ByteArrayInputStream(Fixtures.pdf(1)), "old.pdf");
		Ingested claimed = this.documents.ingest(new ByteArrayInputStream(Fixtures.pdf(1)), "claimed.pdf");
		Ingested fresh = this.documents.ingest(new ByteArrayInputStream(Fixtures.pdf(1)), "fresh.pdf");
		this.transactions.executeWithoutResult(status -> this.documents.claim(claimed.documentId(), "dossier:T-1"));
		age(old.sha256());
		age(claimed.sha256());

		this.documents.sweepUnclaimed();

		assertThat(this.storage.exists(old.sha256())).isFalse();
		assertThat(uploads(old.sha256())).isZero();
		assertThat(this.documents.find(old.sha256())).isEmpty();
		assertThat(this.storage.exists(claimed.sha256())).isTrue();
		assertThat(this.storage.exists(fresh.sha256())).isTrue();
		assertThat(uploads(fresh.sha256())).isEqualTo(1);
	}

	@Test
	void keepsBytesUploadedAgainRecently() throws IOException {
		byte[] pdf = Fixtures.pdf(1);
		Ingested first = this.documents.ingest(new ByteArrayInputStream(pdf), "first.pdf");
		age(first.sha256());
		this.documents.ingest(new ByteArrayInputStream(pdf), "again.pdf");

		this.documents.sweepUnclaimed();

		assertThat(this.storage.exists(first.sha256())).isTrue();
		assertThat(uploads(first.sha256())).isEqualTo(1);
	}

	@Test
	void keepsBytesAlsoStoredForGood() throws IOException {
		byte[] pdf = Fixtures.pdf(1);
		Ingested upload = this.documents.ingest(new ByteArrayInputStream(pdf), "upload.pdf");
		this.documents.store(new ByteArrayInputStream(pdf), "template.pdf", "application/pdf");
		age(upload.sha256());

		this.documents.sweepUnclaimed();

		assertThat(this.storage.exists(upload.sha256())).isTrue();
		assertThat(this.documents.find(upload.sha256())).isPresent();
	}

	@Test
	void sweepsBytesOfRolledBackTransaction() throws IOException {
		byte[] pdf = Fixtures.pdf(1);
		String[] sha256 = new String[1];
		this.transactions.executeWithoutResult(status -> {
			sha256[0] = this.documents.ingest(new ByteArrayInputStream(pdf), "rolled.pdf").sha256();
			this.documents.claim(sha256[0], "dossier:ROLLED-BACK");
			status.setRollbackOnly();
		});
		assertThat(this.storage.exists(sha256[0])).as("written before the rollback").isTrue();
		assertThat(uploads(sha256[0])).isZero();

		this.documents.sweepUnclaimed();
		assertThat(this.storage.exists(sha256[0])).as("not old enough yet").isTrue();

		Path file = ((FilesystemStorage) this.storage).path(sha256[0]);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		this.documents.sweepUnclaimed();
		assertThat(this.storage.exists(sha256[0])).isFalse();
	}

	@Test
	void refusesClaimOfUnknownDocument() {
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.transactions
				.executeWithoutResult(status -> this.documents.claim("0".repeat(64), "dossier:X")))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("document.not-found"));
	}

	private void age(String sha256) throws IOException {
		this.jdbc.sql("UPDATE ingested_document SET created_at = :at WHERE sha256 = :s")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2))
			.param("s", sha256)
			.update();
		Files.setLastModifiedTime(((FilesystemStorage) this.storage).path(sha256),
				FileTime.from(Instant.now().minus(Duration.ofDays(2))));
	}

	private long uploads(String sha256) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ingested_document WHERE sha256 = :s")
			.param("s", sha256)
			.query(Long.class)
			.single();
	}

	private long rows() {
		return this.jdbc.sql("SELECT (SELECT COUNT(*) FROM ingested_document) + (SELECT COUNT(*) FROM stored_file)")
			.query(Long.class)
			.single();
	}

	private List<Path> files() throws IOException {
		Path root = ((FilesystemStorage) this.storage).root();
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

}
