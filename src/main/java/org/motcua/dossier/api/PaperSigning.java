package org.motcua.dossier.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.motcua.document.Documents;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.Actor;
import org.motcua.signature.SignatureCheck;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;
import org.motcua.signature.SigningRefused;

import org.springframework.stereotype.Service;

/**
 * The digitizing officer's signature on a submitted paper: signs the stored PDF with the
 * officer's key and stores the signed PDF as a new upload (claimed by the dossier when it
 * takes it), and checks that a paper given as digitized is signed, intact.
 */
@Service
public class PaperSigning {

	private final Signing signing;

	private final Documents documents;

	PaperSigning(Signing signing, Documents documents) {
		this.signing = signing;
		this.documents = documents;
	}

	/**
	 * Signs the stored PDF {@code documentId} as {@code officer} (PAdES, invisible) and
	 * stores the signed PDF as an upload of the officer's, outside any transaction of the
	 * caller's: unclaimed, it is swept in time.
	 * @return the signed PDF's document ID
	 * @throws SigningRefused when the officer has no key or the PDF cannot be signed
	 */
	public String sign(String documentId, String filename, Actor officer) {
		byte[] signed;
		try (InputStream in = this.documents.open(documentId)) {
			signed = this.signing.sign(in.readAllBytes(), SignerId.officer(officer.username()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.documents.ingest(new ByteArrayInputStream(signed), filename).documentId();
	}

	/** Whether {@code officer} has a key to sign papers with. */
	public boolean canSign(Actor officer) {
		return this.signing.canSign(SignerId.officer(officer.username()));
	}

	/**
	 * The papers as they count: one given as digitized whose file is not signed, or not
	 * intact, is not digitized.
	 */
	List<SubmittedDocument> checked(List<SubmittedDocument> papers) {
		return papers.stream()
			.map(p -> !p.isDigitized() || isIntact(p.documentId()) ? p
					: new SubmittedDocument(p.requiredDocumentCode(), p.documentId(), p.warehouseItemId(),
							Provenance.NOT_DIGITIZED))
			.toList();
	}

	/** The last signature of a stored PDF, when every signature is intact. */
	Optional<SignatureCheck> intactSignature(String documentId) {
		SignatureReport report = report(documentId);
		return report != null && report.isIntact()
				? Optional.of(report.signatures().get(report.signatures().size() - 1)) : Optional.empty();
	}

	private boolean isIntact(String documentId) {
		return intactSignature(documentId).isPresent();
	}

	private SignatureReport report(String documentId) {
		try (InputStream in = this.documents.open(documentId)) {
			return this.signing.validate(in);
		}
		catch (SigningRefused ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
