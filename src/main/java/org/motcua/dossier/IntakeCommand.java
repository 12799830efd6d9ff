package org.motcua.dossier;

import java.util.List;

import org.motcua.shared.AgencyCode;

/**
 * A dossier to receive at a desk or submit online: the procedure (its published version
 * is pinned), the agency, the channel, the applicant (and representative) and the papers.
 */
public record IntakeCommand(String procedureCode, AgencyCode agencyCode, Channel channel, Applicant applicant,
		Representative representative, List<SubmittedDocument> documents) {

	public IntakeCommand {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

}
