package org.motcua.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The saved drafts of online filings ({@code portal_draft}, {@code portal_draft_paper}).
 */
@Repository
class Drafts {

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String start(long accountId, String procedureCode, Instant now) {
		String id = UUID.randomUUID().toString();
		this.jdbc
			.sql("INSERT INTO portal_draft (id, account_id, procedure_code, created_at, updated_at)"
					+ " VALUES (:id, :account, :procedure, :now, :now)")
			.param("id", id)
			.param("account", accountId)
			.param("procedure", procedureCode)
			.param("now", utc(now))
			.update();
		return id;
	}

	/** The draft, only if it belongs to {@code accountId}. */
	Optional<Draft> find(String id, long accountId) {
		return this.jdbc
			.sql("SELECT id, account_id, procedure_code, agency_code, for_organization, phone, email, address,"
					+ " dossier_code, created_at, updated_at FROM portal_draft WHERE id = :id AND account_id = :account")
			.param("id", id)
			.param("account", accountId)
			.query((rs, n) -> new Draft(rs.getString("id"), rs.getLong("account_id"), rs.getString("procedure_code"),
					rs.getString("agency_code"), rs.getBoolean("for_organization"), rs.getString("phone"),
					rs.getString("email"), rs.getString("address"), rs.getString("dossier_code"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), papers(rs.getString("id"))))
			.optional();
	}

	/** The citizen's drafts not yet submitted, most recently changed first. */
	List<Draft> open(long accountId) {
		return this.jdbc
			.sql("SELECT id FROM portal_draft WHERE account_id = :account AND dossier_code IS NULL"
					+ " ORDER BY updated_at DESC LIMIT 50")
			.param("account", accountId)
			.query(String.class)
			.list()
			.stream()
			.flatMap(id -> find(id, accountId).stream())
			.toList();
	}

	void saveApplicant(Draft draft, String agencyCode, boolean forOrganization, String phone, String email,
			String address, Instant now) {
		this.jdbc
			.sql("UPDATE portal_draft SET agency_code = :agency, for_organization = :org, phone = :phone,"
					+ " email = :email, address = :address, updated_at = :now WHERE id = :id")
			.param("agency", agencyCode)
			.param("org", forOrganization)
			.param("phone", phone)
			.param("email", email)
			.param("address", address)
			.param("now", utc(now))
			.param("id", draft.id())
			.update();
	}

	void savePaper(Draft draft, Draft.Paper paper, Instant now) {
		removePaper(draft, paper.requiredCode());
		this.jdbc
			.sql("INSERT INTO portal_draft_paper (draft_id, required_code, document_id, warehouse_item_id, filename,"
					+ " signer, signed_at, signature_intact) VALUES (:draft, :code, :doc, :item, :filename, :signer,"
					+ " :signedAt, :intact)")
			.param("draft", draft.id())
			.param("code", paper.requiredCode())
			.param("doc", paper.documentId())
			.param("item", paper.warehouseItemId())
			.param("filename", paper.filename())
			.param("signer", paper.signer())
			.param("signedAt", paper.signedAt() == null ? null : utc(paper.signedAt()))
			.param("intact", paper.signatureIntact())
			.update();
		touch(draft, now);
	}

	void removePaper(Draft draft, String requiredCode) {
		this.jdbc.sql("DELETE FROM portal_draft_paper WHERE draft_id = :draft AND required_code = :code")
			.param("draft", draft.id())
			.param("code", requiredCode)
			.update();
	}

	void submitted(Draft draft, String dossierCode, Instant now) {
		this.jdbc.sql("UPDATE portal_draft SET dossier_code = :code, updated_at = :now WHERE id = :id")
			.param("code", dossierCode)
			.param("now", utc(now))
			.param("id", draft.id())
			.update();
	}

	void delete(Draft draft) {
		this.jdbc.sql("DELETE FROM portal_draft WHERE id = :id AND dossier_code IS NULL")
			.param("id", draft.id())
			.update();
	}

	private void touch(Draft draft, Instant now) {
		this.jdbc.sql("UPDATE portal_draft SET updated_at = :now WHERE id = :id")
			.param("now", utc(now))
			.param("id", draft.id())
			.update();
	}

	private List<Draft.Paper> papers(String draftId) {
		return this.jdbc
			.sql("SELECT required_code, document_id, warehouse_item_id, filename, signer, signed_at, signature_intact"
					+ " FROM portal_draft_paper WHERE draft_id = :draft ORDER BY required_code")
			.param("draft", draftId)
			.query((rs, n) -> {
				OffsetDateTime signedAt = rs.getObject("signed_at", OffsetDateTime.class);
				Object intact = rs.getObject("signature_intact");
				return new Draft.Paper(rs.getString("required_code"), rs.getString("document_id"),
						rs.getString("warehouse_item_id"), rs.getString("filename"), rs.getString("signer"),
						signedAt == null ? null : signedAt.toInstant(),
						intact == null ? null : rs.getBoolean("signature_intact"));
			})
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
