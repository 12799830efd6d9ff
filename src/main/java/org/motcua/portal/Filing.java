package org.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.RequiredDocument;
import org.motcua.document.Documents;
import org.motcua.document.Ingested;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.IntakeReceipt;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.Representative;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.population.LookupResult;
import org.motcua.population.PopulationRegistry;
import org.motcua.shared.AgencyCode;
import org.motcua.signature.SignatureCheck;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online filing: the papers of a draft (uploads, with the signature found on a signed
 * PDF; items of the citizen's warehouse the procedure accepts), and the submission
 * through the dossier module, after the applicant's identity is checked against the
 * population registry.
 */
@Service
class Filing {

	private final Drafts drafts;

	private final Catalog catalog;

	private final Documents documents;

	private final Signing signing;

	private final Warehouse warehouse;

	private final PopulationRegistry population;

	private final DossierWork dossiers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ZoneId zone;

	Filing(Drafts drafts, Catalog catalog, Documents documents, Signing signing, Warehouse warehouse,
			PopulationRegistry population, DossierWork dossiers, PlatformTransactionManager transactions, Clock clock,
			WorkingCalendar calendar) {
		this.drafts = drafts;
		this.catalog = catalog;
		this.documents = documents;
		this.signing = signing;
		this.warehouse = warehouse;
		this.population = population;
		this.dossiers = dossiers;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** The published version of the draft's procedure. */
	Procedure procedure(Draft draft) {
		return this.catalog.findPublished(ProcedureCode.of(draft.procedureCode()))
			.orElseThrow(() -> new FilingRefused("portal.filing.procedure-gone"));
	}

	/**
	 * The items of the applicant's warehouse that may stand for {@code required} today:
	 * of its type or one it accepts for reuse, in force, intact, not revoked.
	 */
	List<WarehouseItem> reusable(Optional<OwnerId> owner, RequiredDocument required) {
		if (owner.isEmpty()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>(required.acceptsReuseOf());
		if (!codes.contains(required.code())) {
			codes.add(0, required.code());
		}
		return this.warehouse.reusable(owner.get(), codes, today());
	}

	/**
	 * Stores an uploaded paper for {@code required} (refused as the document module
	 * refuses it) and records on the draft whether it carries a signature, and whose.
	 */
	void upload(Draft draft, String requiredCode, InputStream content, String filename) {
		Ingested ingested = this.transaction.execute(status -> {
			Ingested stored = this.documents.ingest(content, filename);
			// kept while the draft waits, however long: the sweep takes only unclaimed
			// uploads
			this.documents.claim(stored.documentId(), "portal-draft:" + draft.id());
			return stored;
		});
		Optional<SignatureCheck> check = signatureOf(ingested.documentId());
		this.drafts.savePaper(draft, new Draft.Paper(requiredCode, ingested.documentId(), null, filename,
				check.map(SignatureCheck::certificateSubject).orElse(null),
				check.map(SignatureCheck::signedAt).orElse(null), check.map(SignatureCheck::intact).orElse(null)),
				this.clock.instant());
	}

	/** Takes the warehouse item {@code itemId} as the paper for {@code required}. */
	void reuse(Draft draft, Citizen citizen, RequiredDocument required, String itemId) {
		WarehouseItem item = reusable(citizen.reuseOwner(draft.forOrganization()), required).stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new FilingRefused("portal.filing.not-reusable"));
		this.drafts.savePaper(draft, new Draft.Paper(required.code(), null, item.id(), item.summary(),
				item.signature().subject(), item.signature().signedAt(), true), this.clock.instant());
	}

	private Optional<SignatureCheck> signatureOf(String documentId) {
		try (InputStream pdf = this.documents.open(documentId)) {
			SignatureReport report = this.signing.validate(pdf);
			return report.signatures().stream().findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Submits the draft: the applicant (the citizen, or the organisation they represent
	 * with the citizen as representative) checked against the population registry (a
	 * mismatch or an unknown ID is refused; an unavailable registry leaves the applicant
	 * unverified), the papers claimed and the reused items marked, in one transaction
	 * with the dossier's submission.
	 * @return the new dossier's code
	 */
	String submit(Draft draft, Citizen citizen) {
		if (draft.isSubmitted()) {
			return draft.dossierCode();
		}
		if (draft.agencyCode() == null) {
			throw new FilingRefused("portal.filing.agency-required");
		}
		Procedure procedure = procedure(draft);
		boolean verified = verify(citizen, draft.dossierCode());
		var profile = citizen.profile();
		Applicant person = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, citizen.personalId(), profile.fullName(),
				profile.birthDate(), draft.phone(), draft.email(), draft.address(), verified);
		Applicant applicant = person;
		Representative representative = null;
		if (draft.forOrganization()) {
			String taxCode = citizen.organizationTaxCode()
				.orElseThrow(() -> new FilingRefused("portal.filing.no-organization"));
			applicant = new Applicant(PartyKind.ORGANIZATION, IdType.TAX_CODE, taxCode,
					citizen.extra().organizationName(), null, draft.phone(), draft.email(), draft.address());
			representative = new Representative(PartyKind.PERSON, IdType.PERSONAL_ID, citizen.personalId(),
					profile.fullName(), profile.birthDate(), draft.phone(), draft.email(), draft.address());
		}
		Optional<OwnerId> owner = citizen.reuseOwner(draft.forOrganization());
		List<SubmittedDocument> papers = new ArrayList<>();
		for (Draft.Paper paper : draft.papers()) {
			RequiredDocument required = procedure.definition()
				.findRequiredDocument(paper.requiredCode())
				.orElseThrow(() -> new FilingRefused("portal.filing.procedure-changed"));
			papers.add(paper.isReused() ? reused(owner, required, paper.warehouseItemId())
					: new SubmittedDocument(required.code(), paper.documentId(), null, Provenance.NOT_DIGITIZED));
		}
		IntakeCommand command = new IntakeCommand(draft.procedureCode(), AgencyCode.of(draft.agencyCode()),
				Channel.ONLINE, applicant, representative, papers);
		return this.transaction.execute(status -> {
			IntakeReceipt receipt = this.dossiers.submitOnline(command, citizen.actor().username());
			for (SubmittedDocument paper : papers) {
				if (paper.warehouseItemId() != null) {
					this.warehouse.markUsed(paper.warehouseItemId(), receipt.code());
				}
				else if (paper.documentId() != null) {
					this.documents.claim(paper.documentId(), "dossier:" + receipt.code());
				}
			}
			this.drafts.submitted(draft, receipt.code(), this.clock.instant());
			return receipt.code();
		});
	}

	private SubmittedDocument reused(Optional<OwnerId> owner, RequiredDocument required, String itemId) {
		WarehouseItem item = reusable(owner, required).stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new FilingRefused("portal.filing.not-reusable"));
		return new SubmittedDocument(required.code(), item.documentId(), item.id(),
				item.kind() == ItemKind.RESULT ? Provenance.REUSED_RESULT : Provenance.REUSED_PAPER);
	}

	/**
	 * Looks the citizen up in the population registry with their name and birth date:
	 * true when found, refused on a mismatch or an unknown ID, false when the registry
	 * cannot answer now.
	 */
	private boolean verify(Citizen citizen, String purpose) {
		var profile = citizen.profile();
		LookupResult result = this.population.lookUp(profile.personalId(), profile.fullName(), profile.birthDate(),
				purpose == null ? "online filing" : purpose);
		return switch (result.outcome()) {
			case FOUND -> true;
			case UNAVAILABLE -> false;
			default -> throw new FilingRefused("portal.filing.identity-"
					+ result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

}
