package org.motcua.nationalportal;

import java.util.List;

/**
 * A dossier filed on the national portal: its portal code, the procedure and agency, the
 * applicant (kind PERSON or ORGANIZATION, ID type and number, name, birth date as
 * yyyyMMdd, phone, email, address) and the required-document codes of the papers given.
 */
record InboundDossier(String portalCode, String procedureCode, String agencyCode, String applicantKind, String idType,
		String idNumber, String name, String birthDate, String phone, String email, String address,
		List<String> papers) {

	InboundDossier {
		papers = papers == null ? List.of() : List.copyOf(papers);
	}

}
