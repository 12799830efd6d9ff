package org.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the effective-dated tree, without Spring or a database. */
class UnitTreeTests {

	static final LocalDate START = LocalDate.of(1991, 1, 1);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	UnitTree tree;

	@BeforeEach
	void province() {
		this.tree = new UnitTree(List.of(), List.of());
		this.tree.add(unit("99", "Tỉnh An Hòa", Level.PROVINCE, null, START, null));
		this.tree.add(unit("990", "Huyện Đông Sơn", Level.DISTRICT, "99", START, REFORM));
		this.tree.add(unit("99001", "Xã Đông Hòa", Level.COMMUNE, "990", START, REFORM));
		this.tree.add(unit("99002", "Xã Đông Phú", Level.COMMUNE, "990", START, REFORM));
	}

	@Test
	void mergesCommunesAndKeepsBothTreesReadable() {
		this.tree.merge(codes("99001", "99002"), unit("99100", "Xã Đông Sơn", Level.COMMUNE, "99", REFORM, null));
		this.tree.dissolve(UnitCode.of("990"), REFORM);

		assertThat(this.tree.asOf(REFORM.minusDays(1)))
			.extracting(node -> node.unit().code().value() + "@" + node.depth())
			.containsExactly("99@0", "990@1", "99001@2", "99002@2");
		assertThat(this.tree.asOf(REFORM)).extracting(node -> node.unit().code().value() + "@" + node.depth())
			.containsExactly("99@0", "99100@1");
		assertThat(this.tree.find(UnitCode.of("99001")).orElseThrow().successor()).isEqualTo(UnitCode.of("99100"));
		assertThat(this.tree.find(UnitCode.of("990")).orElseThrow().successor()).isNull();
		assertThat(this.tree.lineageOf(UnitCode.of("99100"))).extracting(UnitLineage::kind)
			.containsExactly(LineageKind.MERGE, LineageKind.MERGE);
		UnitTree.Changes changes = this.tree.changes();
		assertThat(changes.created()).extracting(u -> u.code().value())
			.containsExactly("99", "990", "99001", "99002", "99100");
		assertThat(changes.lineage()).hasSize(2);
	}

	@Test
	void splitsUnitWithoutNamingSuccessor() {
		this.tree.split(UnitCode.of("99002"),
				List.of(unit("99005", "Xã Phú Bắc", Level.COMMUNE, "990", LocalDate.of(2020, 1, 1), REFORM),
						unit("99006", "Xã Phú Nam", Level.COMMUNE, "990", LocalDate.of(2020, 1, 1), REFORM)));

		assertThat(this.tree.find(UnitCode.of("99002")).orElseThrow().validTo()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(this.tree.find(UnitCode.of("99002")).orElseThrow().successor()).isNull();
		assertThat(this.tree.asOf(LocalDate.of(2019, 12, 31))).extracting(node -> node.unit().code().value())
			.contains("99002")
			.doesNotContain("99005", "99006");
		assertThat(this.tree.asOf(LocalDate.of(2020, 1, 1))).extracting(node -> node.unit().code().value())
			.contains("99005", "99006")
			.doesNotContain("99002");
		assertThat(this.tree.lineageOf(UnitCode.of("99002"))).extracting(UnitLineage::kind)
			.containsOnly(LineageKind.SPLIT);
	}

	@Test
	void refusesReusingCodeEvenOfEndedUnit() {
		this.tree.merge(codes("99001", "99002"), unit("99100", "Xã Đông Sơn", Level.COMMUNE, "99", REFORM, null));

		assertThatThrownBy(() -> this.tree.add(unit("99001", "Xã Mới", Level.COMMUNE, "99", REFORM, null)))
			.isInstanceOfSatisfying(OrganizationRefused.class, ex -> {
				assertThat(ex.code()).isEqualTo("unit.code-taken");
				assertThat(ex.isConflict()).isTrue();
			});
	}

	@Test
	void refusesEndBeforeStart() {
		assertRefused(() -> this.tree.add(unit("98", "Tỉnh X", Level.PROVINCE, null, REFORM, REFORM)),
				"unit.dates-invalid");
		assertRefused(() -> this.tree.add(unit("98", "Tỉnh X", Level.PROVINCE, null, REFORM, REFORM.minusYears(1))),
				"unit.dates-invalid");
	}

	@Test
	void refusesChildOutsideParentValidity() {
		assertRefused(() -> this.tree.add(unit("99003", "Xã Sớm", Level.COMMUNE, "990", START.minusDays(1), REFORM)),
				"unit.outside-parent");
		assertRefused(() -> this.tree.add(unit("99003", "Xã Mãi", Level.COMMUNE, "990", START, null)),
				"unit.outside-parent");
	}

	@Test
	void refusesParentsOfTheWrongLevelOrUnknown() {
		assertRefused(() -> this.tree.add(unit("99003", "Xã Con", Level.COMMUNE, "99001", START, REFORM)),
				"unit.parent-level");
		assertRefused(() -> this.tree.add(unit("99003", "Xã Mồ côi", Level.COMMUNE, "77", START, REFORM)),
				"unit.parent-unknown");
		assertRefused(() -> this.tree.add(unit("99003", "Xã Không cha", Level.COMMUNE, null, START, REFORM)),
				"unit.parent-required");
		assertRefused(() -> this.tree.add(unit("99003", "Sai cấp", Level.DISTRICT, "99", START, REFORM)),
				"unit.level-mismatch");
	}

	@Test
	void refusesDistrictAfterAbolition() {
		assertRefused(() -> this.tree.add(unit("992", "Huyện Mới", Level.DISTRICT, "99", REFORM, null)),
				"unit.district-abolished");
	}

	@Test
	void refusesEndingUnitThatStillHasChildren() {
		assertRefused(() -> this.tree.dissolve(UnitCode.of("990"), LocalDate.of(2024, 1, 1)), "unit.has-children");
	}

	@Test
	void refusesMergingUnitNotValidTheDayBefore() {
		assertRefused(() -> this.tree.merge(codes("99001", "99002"),
				unit("99100", "Xã Sớm", Level.COMMUNE, "990", START, REFORM)), "unit.not-valid-before");
	}

	@Test
	void refusesSuccessorOfUnitStillValid() {
		assertRefused(() -> this.tree.succeed(UnitCode.of("99"), UnitCode.of("990")), "unit.still-valid");
	}

	@Test
	void linksImportedUnitsByKind() {
		UnitTree tree = new UnitTree(List.of(), List.of());
		tree.add(unit("98", "Tỉnh B", Level.PROVINCE, null, START, null));
		tree.add(unit("98001", "Xã A", Level.COMMUNE, "98", START, REFORM));
		tree.add(unit("98002", "Xã B", Level.COMMUNE, "98", START, REFORM));
		tree.add(unit("98003", "Xã C", Level.COMMUNE, "98", START, REFORM));
		tree.add(unit("98100", "Xã AB", Level.COMMUNE, "98", REFORM, null));
		tree.add(unit("98101", "Phường C1", Level.COMMUNE, "98", REFORM, null));
		tree.add(unit("98102", "Phường C2", Level.COMMUNE, "98", REFORM, null));

		tree.link(Map.of(UnitCode.of("98100"), codes("98001", "98002"), UnitCode.of("98101"), codes("98003"),
				UnitCode.of("98102"), codes("98003")));

		assertThat(tree.lineageOf(UnitCode.of("98100"))).extracting(UnitLineage::kind).containsOnly(LineageKind.MERGE);
		assertThat(tree.lineageOf(UnitCode.of("98003"))).extracting(UnitLineage::kind).containsOnly(LineageKind.SPLIT);
		assertThat(tree.find(UnitCode.of("98001")).orElseThrow().successor()).isEqualTo(UnitCode.of("98100"));
		assertThat(tree.find(UnitCode.of("98003")).orElseThrow().successor()).isNull();
	}

	@Test
	void refusesLinkingUnitThatDidNotEndTheDayTheSuccessorBegan() {
		this.tree.add(unit("99100", "Xã Đông Sơn", Level.COMMUNE, "99", REFORM.plusMonths(1), null));
		assertRefused(() -> this.tree.checkLink(UnitCode.of("99001"), UnitCode.of("99100")), "unit.lineage-dates");
	}

	static AdministrativeUnit unit(String code, String name, Level level, String parent, LocalDate from, LocalDate to) {
		return new AdministrativeUnit(UnitCode.of(code), name, level, parent == null ? null : UnitCode.of(parent), from,
				to, null);
	}

	static List<UnitCode> codes(String... codes) {
		return java.util.Arrays.stream(codes).map(UnitCode::of).toList();
	}

	static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OrganizationRefused.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
