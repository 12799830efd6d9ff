package org.motcua.catalog.persistence;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void dropsAccentsAndCase() {
		assertThat(SearchText.fold("Cấp Giấy phép xây dựng")).isEqualTo("cap giay phep xay dung");
	}

	@Test
	void foldsDWithStrokeToD() {
		assertThat(SearchText.fold("Đăng ký đất đai")).isEqualTo("dang ky dat dai");
	}

	@Test
	void foldsDecomposedInputLikeComposed() {
		String decomposed = Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD);
		assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("Hộ tịch")).isEqualTo("ho tich");
	}

	@Test
	void collapsesWhiteSpace() {
		assertThat(SearchText.fold("  giấy \t phép\n lái xe ")).isEqualTo("giay phep lai xe");
		assertThat(SearchText.fold(null)).isEmpty();
	}

}
