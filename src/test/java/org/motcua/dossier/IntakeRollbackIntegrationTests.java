package org.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing is lost and nothing is left behind: an intake that fails after its papers were
 * stored and claimed, and before its transaction commits, leaves no dossier and no claim,
 * and the sweep then removes the stored files. The sweep age is zero here so the sweep
 * takes them at once.
 */
@SpringBootTest(properties = "motcua.document.sweep-age=PT0S")
class IntakeRollbackIntegrationTests {

	@Autowired
	DossierWork work;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void failureBeforeCommitLeavesNoDossierNoEventAndNoFile() {
		String first = this.documents.ingest(new ByteArrayInputStream(pdf("Tờ khai")), "to-khai.pdf").sha256();
		String second = this.documents.ingest(new ByteArrayInputStream(pdf("Giấy chứng sinh")), "gcs.pdf").sha256();
		String id = String.format("0%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
		IntakeCommand command = new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.COUNTER,
				new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Lê Văn Hỏng", LocalDate.of(1990, 1, 2), null,
						null, null),
				null, List.of(new SubmittedDocument("TKKS", first, null, Provenance.DIGITIZED),
						new SubmittedDocument("GCS", second, null, Provenance.DIGITIZED)));

		assertThatThrownBy(() -> this.work.receiveAtDesk(command, null, "desk1", dossier -> {
			this.documents.claim(first, "dossier:" + dossier.code());
			this.documents.claim(second, "dossier:" + dossier.code());
			throw new IllegalStateException("the receipt printer failed");
		})).hasMessageContaining("receipt printer");

		assertThat(count("SELECT COUNT(*) FROM dossier WHERE applicant_id_number = :v", id)).isZero();
		assertThat(this.documents.find(first)).as("stored before the failure").isPresent();

		this.documents.sweepUnclaimed();

		assertThat(this.documents.find(first)).isEmpty();
		assertThat(this.documents.find(second)).isEmpty();
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> this.documents.open(first));
	}

	private long count(String sql, String value) {
		return this.jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	private static byte[] pdf(String text) {
		return TestPapers.pdf(text);
	}

}
