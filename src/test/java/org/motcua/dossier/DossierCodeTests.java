package org.motcua.dossier;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.motcua.shared.AgencyCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTests {

	@Test
	void parsesAndFormatsItself() {
		DossierCode code = DossierCode.parse("000.00.06.H56-231027-0361");
		assertThat(code.agency()).isEqualTo(AgencyCode.of("000.00.06.H56"));
		assertThat(code.day()).isEqualTo(LocalDate.of(2023, 10, 27));
		assertThat(code.number()).isEqualTo(361);
		assertThat(code.value()).isEqualTo("000.00.06.H56-231027-0361");
		assertThat(new DossierCode(AgencyCode.of("000.20.01.H99"), LocalDate.of(2026, 1, 5), 7))
			.hasToString("000.20.01.H99-260105-0007");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "000.00.06.H56-231027-361", "000.00.06.H56-231327-0361", "000.00.06.h56-231027-0361",
			"000.00.06.H56-231027-0000", ".000.06.H56-231027-0001", "000.00.06.H56_231027_0001",
			"000.00.06.H56-230230-0001" })
	void refusesMalformedCodes(String text) {
		assertThatThrownBy(() -> DossierCode.parse(text)).isInstanceOf(IllegalArgumentException.class);
		assertThat(DossierCode.isValid(text)).isFalse();
	}

	@Test
	void applicantShowsOnlyTheLastFourOfItsId() {
		assertThat(DossierFixtures.citizen().idLastFour()).isEqualTo("1234");
		assertThatThrownBy(
				() -> new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, "12345", "A", null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Applicant(PartyKind.ORGANIZATION, IdType.PERSONAL_ID, "034099001234", "Công ty",
				null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new Applicant(PartyKind.ORGANIZATION, IdType.TAX_CODE, "0101234567-001", "Công ty A", null, null,
				null, null)
			.idLastFour()).isEqualTo("-001");
	}

}
