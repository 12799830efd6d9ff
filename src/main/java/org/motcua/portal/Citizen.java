package org.motcua.portal;

import java.util.Optional;

import org.motcua.account.CitizenProfile;
import org.motcua.dossier.DossierView;
import org.motcua.shared.Actor;
import org.motcua.warehouse.OwnerId;

/**
 * The logged-in citizen as the portal sees them: their account's profile and the portal's
 * additions (address, the organisation they represent).
 */
record Citizen(Actor actor, CitizenProfile profile, Profiles.Extra extra) {

	public String personalId() {
		return this.profile.personalId().value();
	}

	/**
	 * Whether the citizen is the dossier's applicant or its representative: the only
	 * dossiers they see. An organisation's dossier is seen by the citizen who filed it as
	 * its representative, never through the tax code of the profile, which the citizen
	 * declares themselves.
	 */
	boolean isPartyTo(DossierView dossier) {
		return dossier.applicant() != null && personalId().equals(dossier.applicant().idNumber())
				|| dossier.representative() != null && personalId().equals(dossier.representative().idNumber());
	}

	/**
	 * The warehouse a filing may reuse papers from: the citizen's own; none when filing
	 * for an organisation (its papers are reused at the desk, where the representation is
	 * checked).
	 */
	Optional<OwnerId> reuseOwner(boolean forOrganization) {
		return forOrganization ? Optional.empty() : Optional.of(OwnerId.of(this.profile.personalId()));
	}

	Optional<String> organizationTaxCode() {
		return this.extra.representsOrganization() ? Optional.of(this.extra.organizationTaxCode()) : Optional.empty();
	}

}
