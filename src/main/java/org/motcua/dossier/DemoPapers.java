package org.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.motcua.document.Documents;
import org.motcua.shared.AgencyCode;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sample papers of the demo dossiers ({@value DemoDossiers#FOLDER}), each signed with
 * the seal of the agency whose desk digitized it, so that a demo paper counts as
 * digitized for the same reason a real one does: its metadata and a signature of the
 * agency.
 */
@Component
class DemoPapers {

	private final Documents documents;

	private final Signing signing;

	DemoPapers(Documents documents, Signing signing) {
		this.documents = documents;
		this.signing = signing;
	}

	/**
	 * The document id of the sample {@code filename} as each agency signed it: signed and
	 * stored on the first call for an agency, the same id after. An agency without a key
	 * gets the sample unsigned.
	 */
	Function<AgencyCode, String> signedByAgency(String filename) {
		byte[] pdf = read(filename);
		Map<AgencyCode, String> stored = new HashMap<>();
		return (agency) -> stored.computeIfAbsent(agency, (a) -> store(seal(pdf, a), filename));
	}

	/** Keeps a stored sample for good, as held by the dossier {@code owner}. */
	void claim(String documentId, String owner) {
		this.documents.claim(documentId, owner);
	}

	private byte[] seal(byte[] pdf, AgencyCode agency) {
		SignerId seal = SignerId.agency(agency);
		return this.signing.canSign(seal) ? this.signing.sign(pdf, seal) : pdf;
	}

	private String store(byte[] pdf, String filename) {
		return this.documents.store(new ByteArrayInputStream(pdf), filename, "application/pdf").sha256();
	}

	private static byte[] read(String filename) {
		try (InputStream in = new ClassPathResource(DemoDossiers.FOLDER + filename).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
