package org.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.document.Documents;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierSummary;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;

import org.springframework.stereotype.Service;

/**
 * A citizen's own dossiers: only those they are the applicant or representative of
 * ({@link Citizen#isPartyTo}); any other code answers as unknown. What the citizen may do
 * on them goes through {@code DossierWork.act} with their username: answer a supplement
 * request with new uploads, withdraw, take the signed result (returned online the first
 * time), rate.
 */
@Service
class MyDossiers {

	/** The forms a citizen may download, by their path name. */
	static final Map<String, FormKind> FORMS = Map.of("receipt", FormKind.RECEIPT, "supplement-request",
			FormKind.SUPPLEMENT_REQUEST, "refusal", FormKind.REFUSAL, "apology", FormKind.APOLOGY, "stop-notice",
			FormKind.STOP_NOTICE);

	private final DossierWork work;

	private final Forms forms;

	private final Documents documents;

	private final Catalog catalog;

	MyDossiers(DossierWork work, Forms forms, Documents documents, Catalog catalog) {
		this.work = work;
		this.forms = forms;
		this.documents = documents;
		this.catalog = catalog;
	}

	List<DossierSummary> list(Citizen citizen) {
		return this.work.findOfParty(citizen.personalId(), 200);
	}

	/** The dossier, if the citizen is a party to it. */
	Optional<DossierView> find(Citizen citizen, String code) {
		return this.work.find(code).filter(citizen::isPartyTo);
	}

	/** The pinned version of the dossier's procedure. */
	Optional<Procedure> procedure(DossierView dossier) {
		return this.catalog.findVersion(ProcedureCode.of(dossier.procedure().code()), dossier.procedure().version());
	}

	/** The forms issued for the dossier so far, by path name. */
	Map<String, FormKind> issuedForms(DossierView dossier) {
		return FORMS.entrySet()
			.stream()
			.filter(e -> this.forms.find(dossier.code(), e.getValue()).isPresent())
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Optional<byte[]> form(DossierView dossier, String name) {
		return Optional.ofNullable(FORMS.get(name))
			.flatMap(kind -> this.forms.find(dossier.code(), kind))
			.map(this.forms::open);
	}

	/**
	 * The signed result of a finished dossier, its bytes as stored; the first download of
	 * an online dossier's result returns it online.
	 */
	Optional<byte[]> result(DossierView dossier, Citizen citizen) {
		if (dossier.result() == null
				|| dossier.status() != DossierStatus.FINISHED && dossier.status() != DossierStatus.RESULT_RETURNED) {
			return Optional.empty();
		}
		if (dossier.status() == DossierStatus.FINISHED && dossier.channel() == Channel.ONLINE) {
			this.work.act(dossier.code(), Action.RETURN_RESULT, new ActionBody(null, null, null, null, null, null, null,
					null, null, null, null, null, null, Channel.ONLINE, null, null), citizen.actor().username());
		}
		try (InputStream in = this.documents.open(dossier.result().documentId())) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One uploaded paper of a supplement. */
	record Upload(String requiredCode, InputStream content, String filename) {

	}

	/**
	 * Answers the supplement request with the uploaded papers: each stored (refused as
	 * the document module refuses it), then given to the dossier and claimed in one
	 * transaction.
	 */
	DossierView supplement(DossierView dossier, Citizen citizen, List<Upload> uploads) {
		if (uploads.isEmpty()) {
			throw new FilingRefused("portal.supplement.none");
		}
		List<SubmittedDocument> papers = uploads.stream()
			.map(u -> new SubmittedDocument(u.requiredCode(),
					this.documents.ingest(u.content(), u.filename()).documentId(), null, Provenance.NOT_DIGITIZED))
			.toList();
		ActionBody body = new ActionBody(null, null, null, null, null, null, null, papers, null, null, null, null, null,
				null, null, null);
		return this.work.act(dossier.code(), Action.SUPPLEMENT, body, citizen.actor().username(), (before,
				after) -> papers.forEach(p -> this.documents.claim(p.documentId(), "dossier:" + after.code())));
	}

	DossierView withdraw(DossierView dossier, Citizen citizen, String note) {
		return this.work.act(dossier.code(), Action.WITHDRAW, new ActionBody(null, null, null, null, null, note, null,
				null, null, null, null, null, null, null, null, null), citizen.actor().username());
	}

	DossierView rate(DossierView dossier, Citizen citizen, int score, String comment) {
		return this.work.act(dossier.code(), Action.RATE, new ActionBody(null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, score, comment), citizen.actor().username());
	}

}
