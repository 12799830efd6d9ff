package org.motcua.population;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The simulator's people: {@code size} persons generated from a fixed seed, each living
 * in a commune of the demo province "Tỉnh An Hòa" (born in one of its pre-2025 communes,
 * registered in the commune that took it over), plus the demo citizen account
 * {@code citizen1}. Person {@code k} has the ID {@code 099} (birth province) + gender and
 * century digit + two digits of the birth year + {@code k} in six digits, so any ID is
 * found without keeping the population in memory.
 */
final class DemoPopulation {

	static final long SEED = 20261127L;

	/** The demo citizen account's person (see DemoAccounts). */
	static final Resident CITIZEN1 = new Resident("034099001234", "Nguyễn Thị Hoa", "FEMALE", "Kinh",
			LocalDate.of(1990, 5, 1), commune(0, null), commune(1, null), commune(0, "Thôn 1"), commune(0, "Thôn 1"),
			List.of(new Resident.Relative("FATHER", "Nguyễn Văn Bình", null),
					new Resident.Relative("MOTHER", "Trần Thị Lan", null)),
			null, new Resident.Relative("SELF", "Nguyễn Thị Hoa", "034099001234"));

	private static final String[][] OLD_COMMUNES = { { "99001", "Xã Đông Hòa", "Huyện Đông Sơn" },
			{ "99002", "Xã Đông Phú", "Huyện Đông Sơn" }, { "99004", "Thị trấn Đông Sơn", "Huyện Đông Sơn" },
			{ "99010", "Xã Tây An", "Huyện Tây Sơn" }, { "99011", "Xã Tây Lộc", "Huyện Tây Sơn" },
			{ "99013", "Thị trấn Tây Sơn", "Huyện Tây Sơn" } };

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MALE_MIDDLE = { "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
			"Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt" };

	private static final String[] FEMALE_GIVEN = { "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
			"Linh", "Mai", "Nga", "Phương", "Thảo", "Yến" };

	private static final String[] ETHNICITIES = { "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày",
			"Mường", "Thái" };

	private final int size;

	DemoPopulation(int size) {
		this.size = size;
	}

	int size() {
		return this.size;
	}

	/** The person with {@code personalId}, if the demo population has one. */
	Optional<Resident> find(String personalId) {
		if (CITIZEN1.personalId().equals(personalId)) {
			return Optional.of(CITIZEN1);
		}
		if (personalId == null || !personalId.matches("099[0-3][0-9]{8}")) {
			return Optional.empty();
		}
		int k = Integer.parseInt(personalId.substring(6));
		if (k >= this.size) {
			return Optional.empty();
		}
		Resident person = person(k);
		return person.personalId().equals(personalId) ? Optional.of(person) : Optional.empty();
	}

	/** The demo citizen and the first generated people, for trying the lookup out. */
	List<Resident> samples(int count) {
		List<Resident> samples = new ArrayList<>();
		samples.add(CITIZEN1);
		for (int k = 0; k < Math.min(count, this.size); k++) {
			samples.add(person(k));
		}
		return samples;
	}

	/** Person {@code k}, always the same. */
	Resident person(int k) {
		Random random = new Random(SEED * 31 + k);
		boolean male = random.nextBoolean();
		LocalDate birthDate = LocalDate.of(1940 + random.nextInt(68), 1, 1).plusDays(random.nextInt(365));
		int century = birthDate.getYear() < 2000 ? 0 : 2;
		String id = "099" + (century + (male ? 0 : 1)) + String.format("%02d", birthDate.getYear() % 100)
				+ String.format("%06d", k);
		String surname = pick(random, SURNAMES);
		String name = surname + " " + (male ? pick(random, MALE_MIDDLE) : pick(random, FEMALE_MIDDLE)) + " "
				+ (male ? pick(random, MALE_GIVEN) : pick(random, FEMALE_GIVEN));
		int born = random.nextInt(OLD_COMMUNES.length);
		int registered = random.nextInt(10) < 8 ? born : random.nextInt(OLD_COMMUNES.length);
		String village = "Thôn " + (1 + random.nextInt(12));
		Resident.Address permanent = commune(registered, village);
		Resident.Address current = random.nextInt(10) < 9 ? permanent
				: commune(random.nextInt(OLD_COMMUNES.length), "Thôn " + (1 + random.nextInt(12)));
		List<Resident.Relative> parents = List.of(
				new Resident.Relative("FATHER",
						surname + " " + pick(random, MALE_MIDDLE) + " " + pick(random, MALE_GIVEN), null),
				new Resident.Relative("MOTHER", pick(random, SURNAMES) + " Thị " + pick(random, FEMALE_GIVEN), null));
		int age = 2026 - birthDate.getYear();
		Resident.Relative spouse = age >= 22 && random.nextInt(10) < 7
				? new Resident.Relative("SPOUSE", male ? pick(random, SURNAMES) + " Thị " + pick(random, FEMALE_GIVEN)
						: pick(random, SURNAMES) + " Văn " + pick(random, MALE_GIVEN), null)
				: null;
		Resident.Relative head;
		if (spouse == null && age < 30) {
			head = new Resident.Relative("FATHER", parents.get(0).fullName(), null);
		}
		else if (spouse != null && !male) {
			head = new Resident.Relative("HUSBAND", spouse.fullName(), null);
		}
		else {
			head = new Resident.Relative("SELF", name, id);
		}
		return new Resident(id, name, male ? "MALE" : "FEMALE", pick(random, ETHNICITIES), birthDate, birthplace(born),
				birthplace(random.nextInt(OLD_COMMUNES.length)), permanent, current, parents, spouse, head);
	}

	/**
	 * Whether {@code given} is {@code registered} once case, accents' encoding and
	 * spacing are set aside.
	 */
	static boolean sameName(String given, String registered) {
		return normal(given).equals(normal(registered));
	}

	private static String normal(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.forLanguageTag("vi"));
	}

	/** A pre-2025 commune, as a birthplace or home town. */
	private static Resident.Address birthplace(int i) {
		String[] c = OLD_COMMUNES[i];
		return new Resident.Address(c[1] + ", " + c[2] + ", Tỉnh An Hòa", c[0]);
	}

	/**
	 * An address in the commune that took over old commune {@code i} on 2025-07-01 (Xã
	 * Đông Sơn 99100, Xã Tây Sơn 99101); without a village, the commune itself.
	 */
	private static Resident.Address commune(int i, String village) {
		boolean east = i < 3;
		String commune = east ? "Xã Đông Sơn" : "Xã Tây Sơn";
		return new Resident.Address((village == null ? "" : village + ", ") + commune + ", Tỉnh An Hòa",
				east ? "99100" : "99101");
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
