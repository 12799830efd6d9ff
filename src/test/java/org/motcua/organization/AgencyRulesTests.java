package org.motcua.organization;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.organization.UnitTreeTests.REFORM;
import static org.motcua.organization.UnitTreeTests.START;
import static org.motcua.organization.UnitTreeTests.assertRefused;
import static org.motcua.organization.UnitTreeTests.unit;

/** The rules of agencies and the reading of CSV files, without Spring or a database. */
class AgencyRulesTests {

	final UnitTree tree = new UnitTree(List.of(unit("99", "Tỉnh An Hòa", Level.PROVINCE, null, START, null),
			unit("990", "Huyện Đông Sơn", Level.DISTRICT, "99", START, REFORM)), List.of());

	@Test
	void acceptsAgencyWithinItsUnit() {
		AgencyAdministration.check(agency("000.00.10.H99", Level.DISTRICT, "990", START, REFORM), this.tree,
				code -> false);
	}

	@Test
	void refusesReusedCode() {
		assertThatThrownBy(
				() -> AgencyAdministration.check(agency("000.00.10.H99", Level.DISTRICT, "990", START, REFORM),
						this.tree, code -> code.value().equals("000.00.10.H99")))
			.isInstanceOfSatisfying(OrganizationRefused.class, ex -> assertThat(ex.isConflict()).isTrue());
	}

	@Test
	void refusesAgencyOutlivingItsUnitOrOfAnotherLevel() {
		assertRefused(() -> AgencyAdministration.check(agency("000.00.10.H99", Level.DISTRICT, "990", START, null),
				this.tree, code -> false), "agency.outside-unit");
		assertRefused(() -> AgencyAdministration.check(agency("000.00.10.H99", Level.COMMUNE, "990", START, REFORM),
				this.tree, code -> false), "agency.level-mismatch");
		assertRefused(() -> AgencyAdministration.check(agency("000.00.10.H99", Level.DISTRICT, "991", START, REFORM),
				this.tree, code -> false), "agency.unit-unknown");
		assertRefused(() -> AgencyAdministration.check(agency("000.00.10.H99", Level.DISTRICT, "990", REFORM, START),
				this.tree, code -> false), "agency.dates-invalid");
	}

	@Test
	void readsCsvWithByteOrderMarkAndNumbersRowsLikeSpreadsheet() throws Exception {
		String csv = "\uFEFFcode,Name,level\n99,Tỉnh An Hòa,PROVINCE\n\n990,\"Huyện, Đông Sơn\",DISTRICT\n";
		List<CsvTable.Row> rows = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				List.of("code", "name", "level"));
		assertThat(rows).extracting(CsvTable.Row::number).containsExactly(2, 4);
		assertThat(rows.get(1).get("name")).isEqualTo("Huyện, Đông Sơn");
		assertThat(rows.get(0).get("code")).isEqualTo("99");
	}

	@Test
	void refusesCsvWithoutRequiredColumnOrNotUtf8() {
		assertThatThrownBy(() -> CsvTable.read(new ByteArrayInputStream("code,name\n99,X\n".getBytes()),
				List.of("code", "name", "level")))
			.isInstanceOfSatisfying(CsvTable.Unreadable.class,
					ex -> assertThat(ex.asError().arguments()).containsExactly("level"));
		assertThatThrownBy(
				() -> CsvTable.read(new ByteArrayInputStream(new byte[] { 'c', ',', (byte) 0xC3, '\n' }), List.of("c")))
			.isInstanceOf(CsvTable.Unreadable.class);
	}

	static Agency agency(String code, Level level, String unit, LocalDate from, LocalDate to) {
		return new Agency(AgencyCode.of(code), "Cơ quan", level, UnitCode.of(unit), from, to);
	}

}
