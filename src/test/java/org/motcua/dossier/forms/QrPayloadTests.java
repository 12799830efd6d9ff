package org.motcua.dossier.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QrPayloadTests {

	final VerificationCode code = new VerificationCode("7K2M-Q9XD-4TRA");

	@Test
	void carriesOnlyTheLastFourCharactersOfTheId() {
		QrPayload payload = QrPayload.of(Samples.receipt(), this.code);

		assertThat(payload.text()).isEqualTo("MOTCUA1|000.20.01.H99-231027-0361|1.001193|1234|RECEIPT|7K2M-Q9XD-4TRA")
			.doesNotContain(Samples.PERSONAL_ID);
	}

	@Test
	void readsBackWhatItWrites() {
		QrPayload payload = QrPayload.of(Samples.apology(), this.code);

		assertThat(QrPayload.parse(payload.text())).contains(payload);
	}

	@Test
	void refusesOtherTexts() {
		assertThat(QrPayload.parse("MOTCUA2|a|b|1234|RECEIPT|7K2M-Q9XD-4TRA")).isEmpty();
		assertThat(QrPayload.parse("MOTCUA1|a|b|1234|NOTE|7K2M-Q9XD-4TRA")).isEmpty();
		assertThat(QrPayload.parse("MOTCUA1|a|b|034099001234|RECEIPT|7K2M-Q9XD-4TRA")).isEmpty();
		assertThat(QrPayload.parse("https://example.vn")).isEmpty();
	}

	@Test
	void refusesAWholeIdOrASeparatorInAField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QrPayload("a", "b", "034099001234", FormKind.RECEIPT, this.code));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QrPayload("a|b", "b", "1234", FormKind.RECEIPT, this.code));
	}

}
