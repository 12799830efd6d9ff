package org.motcua.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items of every warehouse ({@code warehouse_item}, at most one per owner, stored PDF
 * and kind) and the dossiers that reused them ({@code warehouse_item_use}).
 */
@Repository
class WarehouseItems {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, owner_id, document_id, kind, type_code, number_symbol, issued_on, issuer, signer, valid_until,
			summary, data, dossier_code, handled_by, handled_at, signature_status, signature_subject, signed_at,
			deposited_at, revoked_at""";

	/**
	 * The longest structured data of an item, in characters of JSON (the column's size).
	 */
	static final int MAX_DATA = 20_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	WarehouseItems(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds the item unless the owner already holds this PDF as this kind. */
	boolean add(String id, Deposit d, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO warehouse_item (id, owner_id, document_id, kind, type_code, number_symbol, issued_on,
				  issuer, signer, valid_until, summary, data, dossier_code, handled_by, handled_at, signature_status,
				  signature_subject, signed_at, deposited_at)
				VALUES (:id, :owner, :documentId, :kind, :typeCode, :number, :issuedOn, :issuer, :signer, :validUntil,
				  :summary, :data, :dossierCode, :handledBy, :handledAt, :signatureStatus, :signatureSubject, :signedAt,
				  :now)
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("owner", d.owner().value())
			.param("documentId", d.documentId())
			.param("kind", d.kind().name())
			.param("typeCode", d.typeCode())
			.param("number", d.number())
			.param("issuedOn", d.issuedOn())
			.param("issuer", d.issuer())
			.param("signer", d.signer())
			.param("validUntil", d.validUntil())
			.param("summary", d.summary())
			.param("data", data(d))
			.param("dossierCode", d.provenance().dossierCode())
			.param("handledBy", d.provenance().handledBy())
			.param("handledAt", utc(d.provenance().handledAt()))
			.param("signatureStatus", d.signature().status().name())
			.param("signatureSubject", d.signature().subject())
			.param("signedAt", utc(d.signature().signedAt()))
			.param("now", utc(now))
			.update() == 1;
	}

	/** The structured data as JSON, at most {@link #MAX_DATA} characters. */
	private String data(Deposit d) {
		if (d.data().isEmpty()) {
			return null;
		}
		String text = this.json.writeValueAsString(d.data());
		if (text.length() > MAX_DATA) {
			throw new IllegalArgumentException("The structured data of an item is at most " + MAX_DATA + " characters");
		}
		return text;
	}

	Optional<WarehouseItem> findHeld(OwnerId owner, String documentId, ItemKind kind) {
		return withUses(this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM warehouse_item WHERE owner_id = :owner AND document_id = :documentId AND kind = :kind")
			.param("owner", owner.value())
			.param("documentId", documentId)
			.param("kind", kind.name())
			.query(this::item)
			.list()).stream().findFirst();
	}

	/** Whether the owner holds the stored PDF as an unrevoked item. */
	boolean holds(OwnerId owner, String documentId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM warehouse_item
				WHERE owner_id = :owner AND document_id = :documentId AND revoked_at IS NULL
				""").param("owner", owner.value()).param("documentId", documentId).query(Long.class).single() > 0;
	}

	Optional<WarehouseItem> find(String id) {
		return withUses(this.jdbc.sql("SELECT " + COLUMNS + " FROM warehouse_item WHERE id = :id")
			.param("id", id)
			.query(this::item)
			.list()).stream().findFirst();
	}

	/** The owner's items, newest first. */
	List<WarehouseItem> of(OwnerId owner) {
		return withUses(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM warehouse_item WHERE owner_id = :owner ORDER BY deposited_at DESC, id")
			.param("owner", owner.value())
			.query(this::item)
			.list());
	}

	/** The owner's unrevoked items of the given types, newest first. */
	List<WarehouseItem> ofTypes(OwnerId owner, Collection<String> typeCodes) {
		return withUses(this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM warehouse_item
				WHERE owner_id = :owner AND type_code IN (:types) AND revoked_at IS NULL
				ORDER BY deposited_at DESC, id
				""").param("owner", owner.value()).param("types", typeCodes).query(this::item).list());
	}

	boolean revoke(String id, Instant now) {
		return this.jdbc.sql("UPDATE warehouse_item SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	void markUsed(String id, String dossierCode, Instant now) {
		this.jdbc.sql("""
				INSERT INTO warehouse_item_use (item_id, dossier_code, used_at) VALUES (:id, :dossierCode, :now)
				ON CONFLICT DO NOTHING
				""").param("id", id).param("dossierCode", dossierCode).param("now", utc(now)).update();
	}

	private List<WarehouseItem> withUses(List<WarehouseItem> items) {
		if (items.isEmpty()) {
			return items;
		}
		Map<String, List<ItemUse>> uses = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT item_id, dossier_code, used_at FROM warehouse_item_use
				WHERE item_id IN (:ids) ORDER BY used_at, dossier_code
				""").param("ids", items.stream().map(WarehouseItem::id).toList()).query((rs, n) -> {
			uses.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>())
				.add(new ItemUse(rs.getString("dossier_code"), instant(rs, "used_at")));
			return null;
		}).list();
		return items.stream()
			.map(i -> new WarehouseItem(i.id(), i.owner(), i.documentId(), i.kind(), i.typeCode(), i.number(),
					i.issuedOn(), i.issuer(), i.signer(), i.validUntil(), i.summary(), i.data(), i.provenance(),
					i.signature(), i.depositedAt(), i.revokedAt(), List.copyOf(uses.getOrDefault(i.id(), List.of()))))
			.toList();
	}

	private WarehouseItem item(ResultSet rs, int row) throws SQLException {
		String data = rs.getString("data");
		return new WarehouseItem(rs.getString("id"), new OwnerId(rs.getString("owner_id")), rs.getString("document_id"),
				ItemKind.valueOf(rs.getString("kind")), rs.getString("type_code"), rs.getString("number_symbol"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"), rs.getString("signer"),
				rs.getObject("valid_until", LocalDate.class), rs.getString("summary"),
				data == null ? Map.of() : this.json.readValue(data, MAP),
				new ItemProvenance(rs.getString("dossier_code"), rs.getString("handled_by"), instant(rs, "handled_at")),
				new ItemSignature(SignatureStatus.valueOf(rs.getString("signature_status")),
						rs.getString("signature_subject"), instant(rs, "signed_at")),
				instant(rs, "deposited_at"), instant(rs, "revoked_at"), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
