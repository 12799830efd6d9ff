package org.motcua.dossier.forms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.motcua.shared.AgencyCode;

/** Realistic Vietnamese content for every form, long names and many rows included. */
final class Samples {

	static final Instant RECEIVED = Instant.parse("2023-10-27T02:32:00Z");

	static final Instant DUE = Instant.parse("2023-11-03T02:32:00Z");

	static final Instant ISSUED = Instant.parse("2026-11-27T03:15:42Z");

	static final String PERSONAL_ID = "034099001234";

	static final String APPLICANT_NAME = "Nguyễn Thị Phương Thảo Hoàng Ngọc Diệp Trương Quỳnh Anh";

	static final Issuer DESK = new Issuer("UBND tỉnh An Hòa", "UBND xã Đông Sơn", "Đông Sơn", "Lê Văn Lực",
			AgencyCode.of("000.20.01.H99"));

	static final Applicant APPLICANT = new Applicant(APPLICANT_NAME, PERSONAL_ID,
			"Số nhà 128, ngõ 46, đường Nguyễn Trãi, thôn Đông Hòa Thượng, xã Đông Sơn, tỉnh An Hòa", "0912 345 678",
			"phuongthao.nguyen@example.vn");

	static final DossierFacts DOSSIER = new DossierFacts("000.20.01.H99-231027-0361", "1.001193",
			"Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", APPLICANT,
			RECEIVED, DUE);

	private Samples() {
	}

	static Receipt receipt() {
		List<Receipt.Paper> papers = new ArrayList<>();
		papers.add(new Receipt.Paper("Tờ khai đăng ký khai sinh (theo mẫu)", 1, true));
		papers.add(new Receipt.Paper("Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp", 1, true));
		papers.add(new Receipt.Paper("Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn)", 1,
				false));
		papers
			.add(new Receipt.Paper("Văn bản ủy quyền có chứng thực (trường hợp ủy quyền thực hiện thủ tục)", 1, false));
		papers.add(new Receipt.Paper("Tờ khai thay đổi thông tin cư trú", 1, true));
		papers.add(new Receipt.Paper("Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế", 2, true));
		return new Receipt(DESK, DOSSIER, papers, "05 ngày làm việc",
				"Bộ phận Một cửa UBND xã Đông Sơn, số 1 đường Trần Phú, xã Đông Sơn");
	}

	static SupplementRequest supplementRequest() {
		return new SupplementRequest(DESK, DOSSIER,
				List.of(new SupplementRequest.MissingPaper("Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp",
						"Bản nộp là bản chụp, không rõ dấu của cơ sở y tế; cần bản chính"),
						new SupplementRequest.MissingPaper("Giấy chứng nhận kết hôn của cha, mẹ trẻ",
								"Họ tên người mẹ trên giấy chứng nhận kết hôn khác với tờ khai"),
						new SupplementRequest.MissingPaper("Văn bản ủy quyền có chứng thực",
								"Chưa có chứng thực chữ ký của người ủy quyền")));
	}

	static Refusal refusal() {
		return new Refusal(DESK, DOSSIER, List.of("Thủ tục không thuộc thẩm quyền giải quyết của UBND xã Đông Sơn",
				"Người nộp hồ sơ không phải là cha, mẹ hoặc người được ủy quyền hợp pháp"));
	}

	static Apology apology() {
		return new Apology(DESK, DOSSIER, DUE.plus(Duration.ofDays(4)),
				"Cần xác minh thông tin cư trú của người mẹ tại UBND xã Tây Sơn, chưa nhận được kết quả xác minh");
	}

	static StopNotice stopNotice() {
		return new StopNotice(DESK, DOSSIER, "Người yêu cầu có văn bản đề nghị dừng giải quyết hồ sơ ngày 01/11/2023");
	}

	static ControlSlip controlSlip(int handOffs) {
		String[][] people = { { "Bộ phận Một cửa UBND xã Đông Sơn", "Lê Văn Lực" },
				{ "Phòng Văn hóa - Xã hội", "Trần Thị Bích Ngọc" }, { "Phòng Văn hóa - Xã hội", "Phạm Quang Huy" },
				{ "Lãnh đạo UBND xã Đông Sơn", "Nguyễn Văn Trường Giang" } };
		ControlSlip.Outcome[] outcomes = ControlSlip.Outcome.values();
		List<ControlSlip.HandOff> list = new ArrayList<>();
		Instant at = RECEIVED;
		for (int i = 0; i < handOffs; i++) {
			String[] from = people[i % people.length];
			String[] to = people[(i + 1) % people.length];
			Instant due = at.plus(Duration.ofHours(4));
			at = at.plus(Duration.ofHours(3 + i % 3));
			list.add(new ControlSlip.HandOff(new ControlSlip.Party(from[0], from[1]),
					new ControlSlip.Party(to[0], to[1]), at, due, outcomes[i % outcomes.length],
					i % 5 == 0 ? "Chuyển thẩm định hồ sơ, kèm ý kiến đề xuất" : null));
		}
		return new ControlSlip(DESK, DOSSIER, list);
	}

	static TrackingBook trackingBook(int rows) {
		List<TrackingBook.Entry> entries = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			Instant received = Instant.parse("2026-11-02T01:30:00Z").plus(Duration.ofMinutes(97L * i));
			entries.add(new TrackingBook.Entry(String.format("000.20.01.H99-2611%02d-%04d", 2 + i / 10, i),
					i % 7 == 0 ? APPLICANT_NAME : "Trần Văn Đức " + i, "Thôn Đông Hòa, xã Đông Sơn",
					i % 3 == 0 ? "Đăng ký khai sinh" : "Chứng thực bản sao từ bản chính giấy tờ, văn bản", received,
					received.plus(Duration.ofDays(5)), "Phòng Văn hóa - Xã hội",
					i % 4 == 0 ? null : received.plus(Duration.ofDays(4))));
		}
		return new TrackingBook(DESK, "Bộ phận Một cửa UBND xã Đông Sơn", LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30), entries);
	}

}
