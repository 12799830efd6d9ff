package org.motcua.dossier.forms;

/**
 * The printed forms of a dossier, modelled on the annexes of Circular 01/2018/TT-VPCP
 * (replaced by Circular 03/2025/TT-VPCP). All are A5 portrait except the tracking book
 * (A4 landscape); all but the tracking book carry a QR code.
 */
public enum FormKind {

	/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01). */
	RECEIPT("receipt", "Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),

	/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02). */
	SUPPLEMENT_REQUEST("supplement-request", "Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),

	/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03). */
	REFUSAL("refusal", "Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),

	/** Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04). */
	APOLOGY("apology", "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),

	/** Thông báo dừng xử lý hồ sơ (no number in the circular's annex). */
	STOP_NOTICE("stop-notice", "", "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ"),

	/** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05). */
	CONTROL_SLIP("control-slip", "Mẫu số 05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),

	/** Sổ theo dõi hồ sơ (Mẫu số 06), A4 landscape, without a QR code. */
	TRACKING_BOOK("tracking-book", "Mẫu số 06", "SỔ THEO DÕI HỒ SƠ");

	private final String template;

	private final String number;

	private final String title;

	FormKind(String template, String number, String title) {
		this.template = template;
		this.number = number;
		this.title = title;
	}

	/** The template's name under {@code templates/dossier/forms/}. */
	String template() {
		return this.template;
	}

	/**
	 * The form's number in the circular's annex ({@code Mẫu số 01}), empty when it has
	 * none.
	 */
	public String number() {
		return this.number;
	}

	/** The form's title as printed, in Vietnamese capitals. */
	public String title() {
		return this.title;
	}

	/** Whether the form carries a QR code (every form about one dossier). */
	public boolean hasQrCode() {
		return this != TRACKING_BOOK;
	}

}
