package org.motcua.population;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated demo population: the same people every time, in the demo province. */
class DemoPopulationTests {

	static final Set<String> OLD_COMMUNES = Set.of("99001", "99002", "99004", "99010", "99011", "99013");

	static final Set<String> NEW_COMMUNES = Set.of("99100", "99101");

	@Test
	void generatesTheSamePeopleFromTheirIds() {
		DemoPopulation population = new DemoPopulation(5000);
		System.out.println("Demo population seed " + DemoPopulation.SEED);
		for (int k = 0; k < 5000; k += 37) {
			Resident person = population.person(k);
			assertThat(population.find(person.personalId())).contains(person);
			assertThat(new DemoPopulation(5000).person(k)).isEqualTo(person);
			assertThat(person.personalId()).matches("099[0-3][0-9]{8}").endsWith(String.format("%06d", k));
			assertThat(person.permanentAddress().unitCode()).isIn(NEW_COMMUNES);
			assertThat(person.currentAddress().unitCode()).isIn(NEW_COMMUNES);
			assertThat(person.birthplace().unitCode()).isIn(OLD_COMMUNES);
			assertThat(person.permanentAddress().text()).endsWith("Tỉnh An Hòa");
			assertThat(person.headOfHousehold()).isNotNull();
		}
	}

	@Test
	void findsTheDemoCitizenButNoOneOutsideThePopulation() {
		DemoPopulation population = new DemoPopulation(100);
		assertThat(population.find("034099001234")).contains(DemoPopulation.CITIZEN1);
		assertThat(population.find("099000000100")).isEmpty();
		assertThat(population.find("036099012345")).isEmpty();
		String id = population.person(5).personalId();
		String otherYear = id.substring(0, 4) + "00" + id.substring(6);
		assertThat(population.find(otherYear)).isEmpty();
		assertThat(population.samples(3)).hasSize(4).startsWith(DemoPopulation.CITIZEN1);
	}

	@Test
	void comparesNamesWithoutCaseOrSpacing() {
		assertThat(DemoPopulation.sameName(" NGUYỄN  thị Hoa ", "Nguyễn Thị Hoa")).isTrue();
		assertThat(DemoPopulation.sameName("Nguyen Thi Hoa", "Nguyễn Thị Hoa")).isFalse();
	}

}
