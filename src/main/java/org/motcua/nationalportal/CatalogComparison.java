package org.motcua.nationalportal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogUpdates;
import org.motcua.catalog.Field;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedurePage;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.nationalportal.CatalogDifference.Change;
import org.motcua.nationalportal.CatalogDifference.Item;
import org.motcua.organization.Organization;
import org.motcua.platform.PlatformProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the portal's procedures, fields and agencies with the catalog and the
 * organization, by code and name (a procedure also by field). An administrator accepts a
 * difference once reviewed: it is recorded here and no longer listed while the portal
 * says the same. Accepting a new or renamed procedure writes it into the catalog through
 * {@code CatalogUpdates} (a new draft, or a new published version under the portal's name
 * and field; audited by the catalog's events); other differences (fields, agencies,
 * procedures missing on the portal) are recorded as reviewed only, to be changed on the
 * catalog's and the organization's own pages.
 */
@Service
class CatalogComparison {

	private final NationalPortal portal;

	private final Catalog catalog;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlatformProperties platform;

	private final CatalogUpdates updates;

	CatalogComparison(NationalPortal portal, Catalog catalog, Organization organization, JdbcClient jdbc, Clock clock,
			PlatformProperties platform, CatalogUpdates updates) {
		this.updates = updates;
		this.portal = portal;
		this.catalog = catalog;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
		this.platform = platform;
	}

	/**
	 * The differences not yet accepted; throws {@link PortalFailure} when unreachable.
	 */
	List<CatalogDifference> differences() {
		List<CatalogDifference> all = new ArrayList<>();
		Map<String, ProcedureSummary> ours = procedures();
		Map<String, PortalCatalogItem> theirs = byCode(this.portal.procedures());
		compare(Item.PROCEDURE, ours.keySet(), theirs, code -> {
			ProcedureSummary p = ours.get(code);
			return p.name() + (p.field() == null ? "" : " [" + p.field().code() + "]");
		}, item -> item.name() + (item.fieldCode() == null ? "" : " [" + item.fieldCode() + "]"), all);
		Map<String, String> fields = new LinkedHashMap<>();
		this.catalog.fields().forEach(f -> fields.put(f.code(), f.name()));
		compare(Item.FIELD, fields.keySet(), byCode(this.portal.fields()), fields::get, PortalCatalogItem::name, all);
		LocalDate today = LocalDate.now(this.clock.withZone(this.platform.zone()));
		Map<String, String> agencies = new LinkedHashMap<>();
		this.organization.agencies(today).forEach(a -> agencies.put(a.code().value(), a.name()));
		Map<String, PortalCatalogItem> portalAgencies = byCode(this.portal.agencies());
		// the portal lists the agencies of the whole country: only ours can be missing
		// there
		compare(Item.AGENCY, agencies.keySet(), portalAgencies, agencies::get, PortalCatalogItem::name, all);
		all.removeIf(d -> d.item() == Item.AGENCY && d.change() == Change.MISSING);
		Set<String> accepted = accepted();
		all.removeIf(d -> accepted.contains(d.item() + "|" + d.code() + "|" + d.portalValue()));
		return all;
	}

	/**
	 * Accepts the difference as {@code by}: a renamed procedure is written into the
	 * catalog as the portal has it now (throws {@link PortalFailure} when the portal
	 * cannot be read); every difference is recorded as reviewed. Whether the catalog
	 * changed.
	 */
	@Transactional
	boolean accept(CatalogDifference difference, String by) {
		boolean written = false;
		if (difference.item() == Item.PROCEDURE && difference.change() == Change.CHANGED) {
			PortalCatalogItem item = this.portal.procedures()
				.stream()
				.filter(p -> p.code().equals(difference.code()))
				.findFirst()
				.orElse(null);
			if (item != null && ProcedureCode.isValid(item.code()) && item.name() != null && !item.name().isBlank()) {
				LocalDate today = LocalDate.now(this.clock.withZone(this.platform.zone()));
				this.updates.adoptFromPortal(ProcedureCode.of(item.code()), item.name(), field(item.fieldCode()),
						today);
				written = true;
			}
		}
		record(difference, by);
		return written;
	}

	private Field field(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.catalog.fields()
			.stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.or(() -> this.portal.fields()
				.stream()
				.filter(f -> f.code().equals(code))
				.findFirst()
				.map(f -> new Field(f.code(), f.name())))
			.orElse(new Field(code, code));
	}

	private void record(CatalogDifference difference, String by) {
		this.jdbc.sql("""
				INSERT INTO portal_catalog_review (item_kind, item_code, portal_value, accepted_by, accepted_at)
				VALUES (:kind, :code, :value, :by, :at) ON CONFLICT DO NOTHING
				""")
			.param("kind", difference.item().name())
			.param("code", difference.code())
			.param("value", difference.portalValue())
			.param("by", by)
			.param("at", PortalOutbox.utc(this.clock.instant()))
			.update();
	}

	private static void compare(Item item, Set<String> ourCodes, Map<String, PortalCatalogItem> theirs,
			Function<String, String> ours, Function<PortalCatalogItem, String> portal, List<CatalogDifference> into) {
		for (PortalCatalogItem entry : theirs.values()) {
			if (!ourCodes.contains(entry.code())) {
				into.add(new CatalogDifference(item, entry.code(), Change.NEW, null, portal.apply(entry)));
			}
			else if (!Objects.equals(ours.apply(entry.code()), portal.apply(entry))) {
				into.add(new CatalogDifference(item, entry.code(), Change.CHANGED, ours.apply(entry.code()),
						portal.apply(entry)));
			}
		}
		for (String code : ourCodes) {
			if (!theirs.containsKey(code)) {
				into.add(new CatalogDifference(item, code, Change.MISSING, ours.apply(code), null));
			}
		}
	}

	private Map<String, ProcedureSummary> procedures() {
		Map<String, ProcedureSummary> all = new LinkedHashMap<>();
		for (int page = 0;; page++) {
			ProcedurePage found = this.catalog
				.searchLatest(new ProcedureQuery(null, null, null, null, null, false, page, ProcedureQuery.MAX_SIZE));
			found.items().forEach(p -> all.put(p.code().value(), p));
			if (found.items().isEmpty() || all.size() >= found.total()) {
				return all;
			}
		}
	}

	private static Map<String, PortalCatalogItem> byCode(List<PortalCatalogItem> items) {
		return items.stream()
			.collect(Collectors.toMap(PortalCatalogItem::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private Set<String> accepted() {
		return new HashSet<>(this.jdbc.sql("SELECT item_kind, item_code, portal_value FROM portal_catalog_review")
			.query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
			.list());
	}

}
