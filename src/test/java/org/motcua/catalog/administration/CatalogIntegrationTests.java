package org.motcua.catalog.administration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Fixtures;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcessingPlan;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.VersionStatus;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.catalog.transfer.CatalogJson;
import org.motcua.catalog.transfer.CatalogWorkbook;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog against a real database: imports, versions, search and the exchange
 * formats.
 */
@SpringBootTest
class CatalogIntegrationTests {

	@Autowired
	CatalogTransfer transfer;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	Catalog catalog;

	@Test
	void importsTheFixtureWithItsTemplateAndFindsItWithoutAccents() throws Exception {
		try (InputStream in = new ClassPathResource("catalog/fixture.json").getInputStream()) {
			ImportReport report = this.transfer.importCatalog(CatalogJson.read(in), "test", "catalog/");
			assertThat(report.errors()).isEmpty();
		}
		Procedure birth = this.catalog.findPublished(ProcedureCode.of("1.901193")).orElseThrow();
		assertThat(birth.definition().requiredDocuments().get(0).template().sha256()).hasSize(64);
		assertThat(birth.definition().resultTypes().get(0).fields()).hasSize(2);
		assertThat(birth.definition().processingPlan().steps()).extracting(ProcessingPlan.Step::name)
			.containsExactly("Tiếp nhận, kiểm tra hồ sơ", "Thẩm định hồ sơ", "Phê duyệt, ký kết quả");
		assertThat(codes("giay phep xay dung thu nghiem")).contains("1.904000.000.00.00.H99");
		assertThat(codes("GIẤY PHÉP thử")).contains("1.904000.000.00.00.H99");
		assertThat(codes("dang ky khai sinh thu")).contains("1.901193");
		assertThat(codes("đăng ky")).contains("1.901193");
		assertThat(codes("1.9011")).contains("1.901193");
		assertThat(this.catalog.search(new ProcedureQuery("thu nghiem", Level.PROVINCE, null, null, null, false, 0, 50))
			.items()).extracting(s -> s.code().value()).contains("1.904000.000.00.00.H99").doesNotContain("1.901193");
		assertThat(this.catalog
			.search(new ProcedureQuery("thu nghiem", null, AgencyCode.of("000.20.02.H99"), "HT", OnlineLevel.FULL,
					false, 0, 50))
			.items()).extracting(s -> s.code().value()).containsExactly("1.901193");
	}

	@Test
	void foldsDWithStrokeOnTheDatabase() {
		String code = Fixtures.code();
		assertThat(this.transfer
			.importCatalog(Fixtures.file(Fixtures.entry(code, "Đổi giấy phép lái xe Đặc biệt")), "test", null)
			.errors()).isEmpty();
		assertThat(codes("doi giay phep lai xe dac biet")).containsExactly(code);
		assertThat(codes("ĐỔI GIẤY")).contains(code);
	}

	@Test
	void importsNothingWhenOneProcedureIsBad() {
		String good = Fixtures.code();
		String bad = Fixtures.code();
		CatalogFile file = Fixtures.file(Fixtures.entry(good, "Thủ tục tốt"), Fixtures
			.withSteps(Fixtures.entry(bad, "Thủ tục sai"), List.of(Fixtures.step("Một bước", "SPECIALIST", 7))));
		ImportReport report = this.transfer.importCatalog(file, "test", null);
		assertThat(report.isAccepted()).isFalse();
		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.index()).isEqualTo(1);
			assertThat(error.path()).isEqualTo("processingPlan");
			assertThat(error.key()).isEqualTo("catalog.error.hours-sum");
		});
		assertThat(this.catalog.versions(ProcedureCode.of(good))).isEmpty();
		assertThat(this.catalog.versions(ProcedureCode.of(bad))).isEmpty();
	}

	@Test
	void refusesUnknownTemplateAndAgency() {
		String code = Fixtures.code();
		CatalogFile.Entry e = Fixtures.entry(code, "Thủ tục mẫu lạ");
		CatalogFile.Entry bad = new CatalogFile.Entry(e.code(), e.name(), e.field(), e.levels(),
				List.of("000.99.99.H99"), e.legalBasis(), e.timeLimit(), e.onlineLevel(), e.crossBoundary(), e.fees(),
				List.of(new CatalogFile.DocumentEntry("TK", "Tờ khai", true, 1, true,
						new CatalogFile.TemplateEntry(null, "0".repeat(64), "x.pdf", "application/pdf"), List.of())),
				e.resultTypes(), e.processingPlan(), null);
		ImportReport report = this.transfer.importCatalog(Fixtures.file(bad), "test", null);
		assertThat(report.errors()).extracting(ImportReport.Error::path)
			.containsExactlyInAnyOrder("agencies[0]", "requiredDocuments[0].template");
	}

	@Test
	void keepsEveryVersionReadable() {
		String code = Fixtures.code();
		ProcedureCode procedure = ProcedureCode.of(code);
		assertThat(this.administration.draft(Fixtures.entry(code, "Phiên bản một"), true).violations()).isEmpty();
		this.administration.publish(procedure, LocalDate.of(2026, 1, 1));
		assertThat(this.administration.draft(Fixtures.entry(code, "Phiên bản hai"), false).draft().version())
			.isEqualTo(2);
		assertThat(this.catalog.findPublished(procedure).orElseThrow().name()).isEqualTo("Phiên bản một");
		this.administration.publish(procedure, LocalDate.of(2026, 6, 1));
		this.administration.withdraw(procedure, LocalDate.of(2026, 7, 1));
		assertThat(this.catalog.findPublished(procedure)).isEmpty();
		assertThat(this.catalog.findVersion(procedure, 1).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(this.catalog.findVersion(procedure, 1).orElseThrow().name()).isEqualTo("Phiên bản một");
		assertThat(this.catalog.findVersion(procedure, 2).orElseThrow().withdrawnOn()).isEqualTo("2026-07-01");
	}

	@Test
	void exportsAndImportsTheSameCatalogAsJsonAndExcel() {
		String code = Fixtures.code();
		assertThat(this.transfer.importCatalog(Fixtures.file(Fixtures.entry(code, "Thủ tục khứ hồi")), "test", null)
			.errors()).isEmpty();
		CatalogFile exported = this.transfer.export();
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		CatalogJson.write(exported, json);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		CatalogWorkbook.write(exported, xlsx);
		CatalogFile fromJson = CatalogJson.read(new ByteArrayInputStream(json.toByteArray()));
		CatalogFile fromXlsx = CatalogWorkbook.read(new ByteArrayInputStream(xlsx.toByteArray()));
		assertThat(definitions(fromJson)).isEqualTo(definitions(exported));
		assertThat(definitions(fromXlsx)).isEqualTo(definitions(exported));
		ImportReport again = this.transfer.importFile(CatalogTransfer.Format.XLSX,
				new ByteArrayInputStream(xlsx.toByteArray()));
		assertThat(again.errors()).isEmpty();
		assertThat(again.published()).isZero();
		assertThat(again.unchanged()).isEqualTo(exported.procedures().size());
		assertThat(this.catalog.versions(ProcedureCode.of(code))).hasSize(1);
	}

	private List<ProcedureDefinition> definitions(CatalogFile file) {
		return file.procedures().stream().map(e -> {
			List<Violation> violations = new java.util.ArrayList<>();
			ProcedureDefinition d = Entries.read(e, new Entries.Lookups(a -> true,
					t -> new RequiredDocument.Template(t.sha256(), t.filename(), t.mediaType())), violations);
			assertThat(violations).isEmpty();
			return d;
		}).toList();
	}

	private List<String> codes(String text) {
		return this.catalog.search(new ProcedureQuery(text, null, null, null, null, false, 0, 500))
			.items()
			.stream()
			.map(s -> s.code().value())
			.toList();
	}

}
