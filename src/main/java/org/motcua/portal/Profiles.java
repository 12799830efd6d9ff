package org.motcua.portal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the portal adds to a citizen's account ({@code portal_profile}): the address and
 * the organisation they represent (tax code and name), for filing on its behalf.
 */
@Repository
class Profiles {

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The portal's part of a citizen's profile; blanks when never saved. */
	record Extra(String address, String organizationTaxCode, String organizationName) {

		static final Extra NONE = new Extra(null, null, null);

		public boolean representsOrganization() {
			return this.organizationTaxCode != null && this.organizationName != null;
		}

	}

	Extra find(long accountId) {
		Optional<Extra> extra = this.jdbc
			.sql("SELECT address, organization_tax_code, organization_name FROM portal_profile"
					+ " WHERE account_id = :account")
			.param("account", accountId)
			.query((rs, n) -> new Extra(rs.getString("address"), rs.getString("organization_tax_code"),
					rs.getString("organization_name")))
			.optional();
		return extra.orElse(Extra.NONE);
	}

	void save(long accountId, Extra extra, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE portal_profile SET address = :address, organization_tax_code = :tax,"
					+ " organization_name = :name, updated_at = :now WHERE account_id = :account")
			.param("address", extra.address())
			.param("tax", extra.organizationTaxCode())
			.param("name", extra.organizationName())
			.param("now", Drafts.utc(now))
			.param("account", accountId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO portal_profile (account_id, address, organization_tax_code, organization_name,"
						+ " updated_at) VALUES (:account, :address, :tax, :name, :now)")
				.param("address", extra.address())
				.param("tax", extra.organizationTaxCode())
				.param("name", extra.organizationName())
				.param("now", Drafts.utc(now))
				.param("account", accountId)
				.update();
		}
	}

}
