package org.motcua.organization;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation module on a real database: the demo province, reads as of dates on
 * both sides of 2025-07-01, and imports that store all rows or none.
 */
@SpringBootTest
class OrganizationIntegrationTests {

	static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);

	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Autowired
	Organization organization;

	@Autowired
	UnitAdministration units;

	@Autowired
	AgencyAdministration agencies;

	@Test
	void loadsDemoProvinceWithBothTrees() {
		assertThat(this.organization.unitsAsOf(BEFORE)).extracting(u -> u.code().value())
			.contains("99", "990", "991", "99001", "99002", "99010", "99011")
			.doesNotContain("99100", "99101");
		assertThat(this.organization.unitsAsOf(AFTER)).extracting(u -> u.code().value())
			.contains("99", "99100", "99101")
			.doesNotContain("990", "991", "99001", "99011");
		assertThat(this.organization.findUnit(UnitCode.of("99100"), AFTER)).get()
			.satisfies(u -> assertThat(u.parent()).isEqualTo(UnitCode.of("99")));
		assertThat(this.organization.findUnit(UnitCode.of("99100"), BEFORE)).isEmpty();
		assertThat(this.organization.successorOf(UnitCode.of("99001"))).contains(UnitCode.of("99100"));
		assertThat(this.organization.successorOf(UnitCode.of("99011"))).contains(UnitCode.of("99101"));
		assertThat(this.organization.successorOf(UnitCode.of("990"))).isEmpty();
		assertThat(this.organization.lineageOf(UnitCode.of("99100"))).extracting(l -> l.predecessor().value())
			.contains("99001", "99002");
	}

	@Test
	void loadsDemoAgenciesAndDepartments() {
		assertThat(this.organization.agencies(BEFORE)).extracting(a -> a.code().value())
			.contains("000.00.00.H99", "000.00.06.H99", "000.00.10.H99", "000.00.11.H99", "000.10.01.H99",
					"000.11.02.H99")
			.doesNotContain("000.20.01.H99");
		assertThat(this.organization.agencies(AFTER, Level.COMMUNE)).extracting(a -> a.code().value())
			.contains("000.20.01.H99", "000.20.02.H99")
			.doesNotContain("000.10.01.H99", "000.00.02.H99");
		assertThat(this.organization.findAgency(AgencyCode.of("000.20.01.H99"))).get()
			.satisfies(a -> assertThat(a.unit()).isEqualTo(UnitCode.of("99100")));
		assertThat(this.organization.departmentsOf(AgencyCode.of("000.20.01.H99"))).extracting(Department::code)
			.contains("VP", "KT", "VHXH");
		assertThat(this.organization.departmentsOf(AgencyCode.of("000.00.02.H99"))).extracting(Department::code)
			.contains("VP", "HCTP");
	}

	@Test
	void importsNothingWhenOneRowIsBad() throws Exception {
		String csv = """
				code,name,level,parent_code,valid_from,valid_to
				71,Tỉnh Thử Một,PROVINCE,,2000-01-01,
				71001,Xã Thử,COMMUNE,71,2000-01-01,
				99001,Xã Trùng Mã,COMMUNE,71,2000-01-01,
				71002,Xã Ngày Sai,COMMUNE,71,2000-13-01,
				""";
		ImportReport report = this.units.importCsv(utf8(csv));

		assertThat(report.isAccepted()).isFalse();
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "code"),
					org.assertj.core.groups.Tuple.tuple(5, "valid_from"));
		assertThat(this.organization.findUnit(UnitCode.of("71"))).isEmpty();
		assertThat(this.organization.findUnit(UnitCode.of("71001"))).isEmpty();
	}

	@Test
	void importsRowsThatReferToEarlierRowsWithLineage() throws Exception {
		String csv = "\uFEFF" + """
				code,name,level,parent_code,valid_from,valid_to,predecessors
				72,Tỉnh Thử Hai,PROVINCE,,2000-01-01,,
				720,Huyện Thử,DISTRICT,72,2000-01-01,2025-07-01,
				72001,Xã Một,COMMUNE,720,2000-01-01,2025-07-01,
				72002,Xã Hai,COMMUNE,720,2000-01-01,2025-07-01,
				72100,Xã Một Hai,COMMUNE,72,2025-07-01,,72001 72002
				""";
		ImportReport report = this.units.importCsv(utf8(csv));

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(5);
		assertThat(this.organization.unitsAsOf(BEFORE)).extracting(u -> u.code().value())
			.contains("72", "720", "72001", "72002")
			.doesNotContain("72100");
		assertThat(this.organization.unitsAsOf(AFTER)).extracting(u -> u.code().value())
			.contains("72", "72100")
			.doesNotContain("720", "72001");
		assertThat(this.organization.successorOf(UnitCode.of("72002"))).contains(UnitCode.of("72100"));
		assertThat(this.organization.lineageOf(UnitCode.of("72100"))).extracting(UnitLineage::kind)
			.containsOnly(LineageKind.MERGE);

		ImportReport again = this.units.importCsv(utf8(csv));
		assertThat(again.errors()).extracting(ImportReport.RowError::key)
			.contains("organization.error.unit.code-taken");
	}

	@Test
	void importsAgenciesAllOrNothing() throws Exception {
		String bad = """
				code,name,level,unit_code,valid_from,valid_to
				000.00.71.H99,Sở Thử,PROVINCE,99,2000-01-01,
				000.00.00.H99,Trùng mã,PROVINCE,99,2000-01-01,
				000.00.72.H99,Sai cấp,COMMUNE,99,2000-01-01,
				""";
		ImportReport refused = this.agencies.importCsv(utf8(bad));
		assertThat(refused.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "organization.error.agency.code-taken"),
					org.assertj.core.groups.Tuple.tuple(4, "organization.error.agency.level-mismatch"));
		assertThat(this.organization.findAgency(AgencyCode.of("000.00.71.H99"))).isEmpty();

		ImportReport done = this.agencies.importCsv(utf8("""
				code,name,level,unit_code,valid_from,valid_to
				000.00.71.H99,Sở Thử,PROVINCE,99,2000-01-01,
				"""));
		assertThat(done.imported()).isEqualTo(1);
		assertThat(this.organization.agencies(AFTER, Level.PROVINCE)).extracting(a -> a.code().value())
			.contains("000.00.71.H99");
	}

	static ByteArrayInputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
