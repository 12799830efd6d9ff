package org.motcua.nationalportal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (statistics) may read of the synchronisation with the national
 * portal: whether and when each dossier was synchronised. Nothing here changes data.
 */
@Service
@Transactional(readOnly = true)
public class PortalSync {

	private final JdbcClient jdbc;

	PortalSync(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The dossier's synchronisation, or empty when nothing of it reached the portal yet.
	 */
	public Optional<DossierSync> findSync(String dossierCode) {
		return this.jdbc.sql("SELECT * FROM portal_dossier_sync WHERE dossier_code = :code")
			.param("code", dossierCode)
			.query((rs, i) -> new DossierSync(rs.getString("dossier_code"), PortalOutbox.instant(rs, "first_synced_at"),
					PortalOutbox.instant(rs, "last_synced_at"),
					rs.getObject("last_national_status") == null ? null : rs.getInt("last_national_status"),
					rs.getInt("messages_delivered")))
			.optional();
	}

	/**
	 * Of {@code dossierCodes}, those that reached the portal for the first time before
	 * {@code before} (exclusive); unknown codes are left out.
	 */
	public List<String> findSynchronised(List<String> dossierCodes, Instant before) {
		if (dossierCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT dossier_code FROM portal_dossier_sync
				WHERE dossier_code IN (:codes) AND first_synced_at < :before ORDER BY dossier_code
				""").param("codes", dossierCodes).param("before", PortalOutbox.utc(before)).query(String.class).list();
	}

}
