package org.motcua.document;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

	@Test
	void findsPersonalIdsApartFromLongerOrShorterNumbers() {
		Suggestions found = Suggestions.from("""
				Số CCCD: 001203004567, cấp lại: 079088001234
				Số tài khoản 0012030045678 — không phải; điện thoại 0912345678
				Lặp lại 001203004567
				""");
		assertThat(found.personalIds()).containsExactly("001203004567", "079088001234");
	}

	@Test
	void findsTaxCodesOfTenAndThirteenDigits() {
		Suggestions found = Suggestions.from("MST: 0101234567; chi nhánh 0101234567-001; hộ kinh doanh 8012345678123");
		assertThat(found.taxCodes()).containsExactly("0101234567", "0101234567-001", "8012345678123");
		assertThat(found.personalIds()).isEmpty();
	}

	@Test
	void findsNumericAndWrittenDatesInOrder() {
		Suggestions found = Suggestions.from("""
				Hà Nội, ngày 20 tháng 9 năm 2023
				Ngày sinh: 15/08/2023; cấp ngày 01-02-2021; hết hạn 31.12.2035
				Sai: 31/02/2024, 15/13/2023
				NGÀY 05 THÁNG 03 NĂM 2024
				""");
		assertThat(found.dates()).containsExactly(LocalDate.of(2023, 9, 20), LocalDate.of(2023, 8, 15),
				LocalDate.of(2021, 2, 1), LocalDate.of(2035, 12, 31), LocalDate.of(2024, 3, 5));
	}

	@Test
	void readsDecomposedVietnamese() {
		String decomposed = Normalizer.normalize("ngày 7 tháng 4 năm 2022", Normalizer.Form.NFD);
		assertThat(Suggestions.from(decomposed).dates()).containsExactly(LocalDate.of(2022, 4, 7));
	}

	@Test
	void suggestsNothingInPlainText() {
		assertThat(Suggestions.from("Đơn đề nghị cấp giấy khai sinh")).isEqualTo(Suggestions.NONE);
	}

	@Test
	void foldsCharacterByCharacter() {
		assertThat(DocumentTexts.fold("Giấy KHAI SINH Đặng")).isEqualTo("giay khai sinh dang");
	}

}
