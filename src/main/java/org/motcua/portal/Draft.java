package org.motcua.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An online filing not yet submitted, private to the citizen who started it: the
 * procedure, the agency it goes to, whether it is filed for the organisation the citizen
 * represents, the contact details, and the papers given so far. Once submitted it keeps
 * the code of the dossier it became.
 */
record Draft(String id, long accountId, String procedureCode, String agencyCode, boolean forOrganization, String phone,
		String email, String address, String dossierCode, Instant createdAt, Instant updatedAt, List<Paper> papers) {

	Draft {
		papers = papers == null ? List.of() : List.copyOf(papers);
	}

	public boolean isSubmitted() {
		return this.dossierCode != null;
	}

	public Optional<Paper> paper(String requiredCode) {
		return this.papers.stream().filter(p -> p.requiredCode().equals(requiredCode)).findFirst();
	}

	/**
	 * A paper of the draft: an upload ({@code documentId}, with the signature found on it
	 * if any) or an item of the citizen's warehouse.
	 */
	record Paper(String requiredCode, String documentId, String warehouseItemId, String filename, String signer,
			Instant signedAt, Boolean signatureIntact) {

		public boolean isReused() {
			return this.warehouseItemId != null;
		}

		public boolean isSigned() {
			return this.signer != null;
		}

	}

}
