package org.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmittedDocumentTests {

	static final String FILE = "a".repeat(64);

	static final PaperMetadata METADATA = new PaperMetadata("12/2024", LocalDate.of(2024, 1, 2), "UBND xã Đông Sơn",
			null, "Giấy chứng sinh");

	@Test
	void isDigitizedWithFileMetadataAndSigner() {
		SubmittedDocument paper = SubmittedDocument.digitized("GCS", FILE, METADATA, "desk1", Instant.EPOCH);
		assertThat(paper.provenance()).isEqualTo(Provenance.DIGITIZED);
		assertThat(paper.metadata().isPermanent()).isTrue();
	}

	@Test
	void aPlainUploadIsNotDigitized() {
		assertThat(new SubmittedDocument("GCS", FILE, null, Provenance.DIGITIZED).provenance())
			.isEqualTo(Provenance.NOT_DIGITIZED);
	}

	@Test
	void metadataWithoutTheOfficersSignatureIsNotDigitized() {
		SubmittedDocument paper = new SubmittedDocument("GCS", FILE, null, Provenance.DIGITIZED, METADATA, null, null);
		assertThat(paper.provenance()).isEqualTo(Provenance.NOT_DIGITIZED);
		assertThat(paper.metadata()).isNull();
	}

	@Test
	void refusesMetadataWithoutIssuerOrExpiringBeforeIssue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PaperMetadata(null, LocalDate.of(2024, 1, 2), " ", null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new PaperMetadata(null, LocalDate.of(2024, 1, 2), "UBND", LocalDate.of(2023, 1, 1), null));
	}

	@Test
	void digitizesTheUndigitizedPapersOfAReceivedDossierInOneActionAndNothingElse() {
		Instant at = Instant.parse("2026-12-01T02:00:00Z");
		Dossier draft = DossierFixtures.draft(at);
		List<SubmittedDocument> tkks = List.of(SubmittedDocument.digitized("TKKS", FILE, METADATA, "desk1", at));
		assertThatThrownBy(() -> draft.digitize(tkks, "desk1", at)).isInstanceOf(DossierRefused.class);
		Dossier received = DossierFixtures.received(DossierFixtures.oneWorkingDay(), at);
		received.clearEvents();
		received.digitize(tkks, "desk1", at);
		assertThat(received.documents().get(0).provenance()).isEqualTo(Provenance.DIGITIZED);
		assertThat(received.events()).singleElement().isInstanceOfSatisfying(PapersDigitized.class, e -> {
			assertThat(e.digitized()).isEqualTo(1);
			assertThat(e.papers()).isEqualTo(2);
			assertThat(e.action()).isEqualTo("dossier.papers-digitized");
		});
		assertThat(received.timeline()).last().extracting(TimelineEntry::type).isEqualTo("PapersDigitized");
		assertThatIllegalArgumentException().isThrownBy(() -> received.digitize(tkks, "desk1", at));
		assertThatIllegalArgumentException().isThrownBy(() -> received
			.digitize(List.of(new SubmittedDocument("GCS", FILE, null, Provenance.DIGITIZED)), "desk1", at));
	}

}
