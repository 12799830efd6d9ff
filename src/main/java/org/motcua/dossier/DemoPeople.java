package org.motcua.dossier;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The applicants of the demo dossiers: people of the demo province "Tỉnh An Hòa" with
 * common Vietnamese names, 12-digit personal IDs laid out as real ones are (3 digits of
 * the province of birth registration, 099 here, a digit for sex and century, 2 digits of
 * the birth year, 6 serial digits), mobile numbers and addresses in the communes Đông Sơn
 * and Tây Sơn; and organisations with 10-digit tax codes. The serial digits come from the
 * dossier's index, so no two demo applicants share an ID.
 */
final class DemoPeople {

	/** The demo citizen account of DemoAccounts, who files a few demo dossiers. */
	static final Applicant CITIZEN = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, "034099001234",
			"Nguyễn Thị Hoa", LocalDate.of(1999, 3, 14), "0912345678", "citizen1@demo.motcua.vn",
			"Thôn Phú Mỹ, xã Đông Sơn, tỉnh An Hòa");

	/** The username under which {@link #CITIZEN} acts. */
	static final String CITIZEN_USERNAME = "citizen1";

	private static final String[] FAMILY = { "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
			"Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh",
			"Đinh", "Mai", "Lương", "Tạ", "Cao" };

	private static final String[] MALE_MIDDLE = { "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công",
			"Xuân", "Ngọc", "Trọng", "Đình", "Quốc" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Phương",
			"Thùy", "Minh", "Bích", "Hồng", "Diệu" };

	private static final String[] MALE = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
			"Phong", "Quân", "Sơn", "Tài", "Thắng", "Tuấn", "Việt", "Hoàng", "Trung", "Đạt", "Hiếu", "Lâm", "Phúc",
			"Thịnh", "Vinh", "Duy", "Khoa", "Toàn", "Hưng", "Kiên", "Tùng" };

	private static final String[] FEMALE = { "Anh", "Chi", "Dung", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai",
			"Ngọc", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Hạnh", "Loan", "Nga", "Oanh",
			"Thủy", "Huyền", "Giang", "My", "Nhàn", "Xuân", "Diệp" };

	private static final String[] VILLAGES = { "Thôn An Lạc", "Thôn Phú Mỹ", "Thôn Hòa Bình", "Thôn Tân Lập",
			"Thôn Trung Sơn", "Thôn Đông Hòa", "Thôn Đông Phú", "Thôn Tây An", "Thôn Tây Lộc", "Thôn Bình Minh",
			"Thôn 1", "Thôn 2", "Thôn 3", "Thôn 5", "Xóm Chùa", "Xóm Giữa" };

	private static final String[] STREETS = { "Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Quang Trung",
			"Lý Thường Kiệt", "Hai Bà Trưng", "Phan Đình Phùng", "Nguyễn Du", "Võ Thị Sáu" };

	private static final String[] MOBILE = { "090", "091", "093", "094", "096", "097", "098", "086", "088", "032",
			"033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "079", "081", "083", "085" };

	private static final String[] COMPANIES = { "Công ty TNHH Thương mại An Phát", "Công ty Cổ phần Xây dựng Đông Sơn",
			"Công ty TNHH Nông sản Tây Sơn", "Công ty TNHH Vận tải Hòa Bình", "Công ty Cổ phần Dược phẩm An Hòa",
			"Công ty TNHH May mặc Phú Mỹ", "Hợp tác xã Nông nghiệp Tân Lập", "Công ty TNHH Cơ khí Trung Sơn",
			"Công ty Cổ phần Du lịch Bình Minh", "Doanh nghiệp tư nhân Minh Khoa" };

	private static final String[] AUTHORITIES = { "Tòa án nhân dân khu vực 1 - An Hòa",
			"Viện kiểm sát nhân dân khu vực 2 - An Hòa", "Cơ quan Cảnh sát điều tra Công an tỉnh An Hòa",
			"Sở Nội vụ tỉnh An Hòa", "Ban Tổ chức Tỉnh ủy An Hòa", "Trường Cao đẳng Sư phạm An Hòa" };

	private static final String[] COMMUNITY = { "Trường Tiểu học Đông Sơn", "Trường Trung học cơ sở Tây Sơn",
			"Trạm Y tế xã Đông Sơn", "Hội Nông dân xã Tây Sơn", "Hội Liên hiệp Phụ nữ xã Đông Sơn",
			"Công ty Cổ phần Dược phẩm An Hòa", "Hợp tác xã Nông nghiệp Tân Lập" };

	/** Which kind of organisation files the procedures that organisations file. */
	enum Organisation {

		NONE, COMPANY, AUTHORITY, COMMUNITY;

		static Organisation of(String procedureCode) {
			return switch (procedureCode) {
				case "2.002049", "2.002058" -> COMPANY;
				case "2.000505", "2.000496" -> AUTHORITY;
				case "2.000364.000.00.00.H99", "2.000305.000.00.00.H99" -> COMMUNITY;
				default -> NONE;
			};
		}

	}

	private DemoPeople() {
	}

	/**
	 * An applicant of the dossier with this index, living in (or seated at) the commune
	 * named, as of {@code today}.
	 */
	static Applicant applicant(Random r, int index, Organisation organisation, String commune, LocalDate today) {
		if (organisation != Organisation.NONE) {
			String[] names = switch (organisation) {
				case COMPANY -> COMPANIES;
				case AUTHORITY -> AUTHORITIES;
				default -> COMMUNITY;
			};
			String name = pick(r, names);
			String taxCode = "99" + String.format("%08d", serial(index) * 37 % 100_000_000L);
			return new Applicant(PartyKind.ORGANIZATION, IdType.TAX_CODE, taxCode, name, null, phone(r),
					ascii(name.replaceFirst("^(Công ty (TNHH|Cổ phần)|Hợp tác xã|Doanh nghiệp tư nhân) ", ""))
						.replace(" ", "")
						.toLowerCase(Locale.ROOT) + "@gmail.com",
					address(r, commune));
		}
		boolean female = r.nextBoolean();
		String name = pick(r, FAMILY) + " " + pick(r, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
				+ pick(r, female ? FEMALE : MALE);
		LocalDate birth = today.minusYears(19 + r.nextInt(52)).minusDays(r.nextInt(365));
		int centuryDigit = (birth.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
		String id = "099" + centuryDigit + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", serial(index));
		String email = r.nextInt(10) < 4
				? ascii(name).replace(" ", "").toLowerCase(Locale.ROOT) + (birth.getYear() % 100) + "@gmail.com" : null;
		return new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, name, birth, phone(r), email,
				address(r, commune));
	}

	/** Distinct for every index below a million (7919 is prime to 10^6). */
	private static long serial(int index) {
		return (index * 7919L + 104_729L) % 1_000_000L;
	}

	private static String phone(Random r) {
		return pick(r, MOBILE) + String.format("%07d", r.nextInt(10_000_000));
	}

	private static String address(Random r, String commune) {
		String where = r.nextInt(10) < 3 ? "Số " + (1 + r.nextInt(180)) + ", đường " + pick(r, STREETS)
				: pick(r, VILLAGES);
		return where + ", " + commune + ", tỉnh An Hòa";
	}

	static String pick(Random r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	static <T> T pick(Random r, List<T> values) {
		return values.get(r.nextInt(values.size()));
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

}
