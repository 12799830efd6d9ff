package org.motcua.catalog.administration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.motcua.catalog.CatalogImported;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.Field;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.VersionStatus;
import org.motcua.catalog.ProcedureDrafted;
import org.motcua.catalog.ProcedurePublished;
import org.motcua.catalog.ProcedureWithdrawn;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.persistence.Procedures;
import org.motcua.catalog.transfer.CatalogFile.TemplateEntry;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.document.Documents;
import org.motcua.document.StoredFile;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Origin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalog: drafting, publishing and withdrawing versions, form templates,
 * and imports. Every change publishes its event in the same transaction.
 */
@Service
@Transactional
public class CatalogAdministration {

	private final Procedures procedures;

	private final Organization organization;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogAdministration(Procedures procedures, Organization organization, Documents documents,
			ApplicationEventPublisher events, Clock clock) {
		this.procedures = procedures;
		this.organization = organization;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/** The outcome of saving a draft: the draft, or what is wrong. */
	public record Drafting(Procedure draft, List<Violation> violations) {
	}

	/**
	 * Saves {@code entry} as the draft of its procedure (a new procedure when
	 * {@code creating}, refused if the code exists).
	 */
	public Drafting draft(CatalogFile.Entry entry, boolean creating) {
		List<Violation> violations = new ArrayList<>();
		ProcedureDefinition definition = Entries.read(entry, lookups(null), violations);
		if (definition == null) {
			return new Drafting(null, violations);
		}
		ProcedureHistory history = history(definition.code());
		if (creating && history.latest().isPresent()) {
			return new Drafting(null, List.of(new Violation("code", "catalog.error.code-taken", definition.code())));
		}
		if (!creating && history.latest().isEmpty()) {
			throw RequestRefused.notFound("catalog.not-found", definition.code());
		}
		return new Drafting(save(history, definition), List.of());
	}

	/**
	 * Takes a procedure's name and field as the national portal gives them: the latest
	 * version's content under that name and field, published from {@code on} (or the
	 * published version's own date, if later) when the latest version was the published
	 * one, else kept in the draft. Refuses an unknown code ({@code catalog.not-found}): a
	 * new procedure needs more than a name. The changes publish their events (audited).
	 */
	public Procedure adopt(ProcedureCode code, String name, Field field, LocalDate on) {
		ProcedureHistory history = existing(code);
		Optional<Procedure> latest = history.latest();
		ProcedureDefinition d = latest.get().definition();
		Procedure draft = save(history,
				new ProcedureDefinition(code, name, field == null ? d.field() : field, d.levels(), d.agencies(),
						d.legalBasis(), d.timeLimit(), d.onlineLevel(), d.crossBoundary(), d.fees(),
						d.requiredDocuments(), d.resultTypes(), d.processingPlan()));
		if (latest.get().status() != VersionStatus.PUBLISHED) {
			return draft;
		}
		LocalDate current = latest.get().effectiveFrom();
		return publish(code, current != null && current.isAfter(on) ? current : on);
	}

	/** Stores {@code content} as the form template of a required document, in a draft. */
	public Procedure attachTemplate(ProcedureCode code, String documentCode, InputStream content, String filename,
			String mediaType) {
		ProcedureHistory history = existing(code);
		ProcedureDefinition definition = history.latest().orElseThrow().definition();
		if (definition.findRequiredDocument(documentCode).isEmpty()) {
			throw RequestRefused.notFound("catalog.document-not-found", documentCode);
		}
		StoredFile file = this.documents.store(content, filename, mediaType);
		return save(history, definition.withTemplate(documentCode,
				new RequiredDocument.Template(file.sha256(), filename, file.mediaType())));
	}

	/** Publishes the draft of a procedure from {@code effectiveFrom}. */
	public Procedure publish(ProcedureCode code, LocalDate effectiveFrom) {
		ProcedureHistory history = existing(code);
		Origin origin = Origin.current(this.clock);
		List<Procedure> changed = history.publish(effectiveFrom, origin.at(), origin.username());
		changed.forEach(this.procedures::update);
		Procedure published = changed.get(changed.size() - 1);
		this.events.publishEvent(new ProcedurePublished(code.value(), published.version(), effectiveFrom, origin));
		return published;
	}

	/** Withdraws the published version of a procedure on {@code on}. */
	public Procedure withdraw(ProcedureCode code, LocalDate on) {
		ProcedureHistory history = existing(code);
		Origin origin = Origin.current(this.clock);
		Procedure withdrawn = history.withdraw(on, origin.at(), origin.username());
		this.procedures.update(withdrawn);
		this.events.publishEvent(new ProcedureWithdrawn(code.value(), withdrawn.version(), on, origin));
		return withdrawn;
	}

	/**
	 * Imports {@code file}: each procedure becomes a published version (a new version of
	 * an existing code, unless the published one says the same), effective from its
	 * {@code effectiveFrom} or today. Nothing is imported when anything is wrong.
	 * {@code resources}, when given, is the classpath folder templates named by
	 * {@code resource} are read from (the demo loader only).
	 */
	public ImportReport importCatalog(CatalogFile file, String format, String resources) {
		List<ImportReport.Error> errors = new ArrayList<>();
		if (file.format() != null && !CatalogFile.FORMAT.equals(file.format())) {
			errors.add(new ImportReport.Error(-1, null, "format", "catalog.error.format", file.format()));
			return ImportReport.refused(errors);
		}
		Entries.Lookups lookups = lookups(resources);
		List<ProcedureDefinition> definitions = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < file.procedures().size(); i++) {
			CatalogFile.Entry entry = file.procedures().get(i);
			List<Violation> violations = new ArrayList<>();
			if (entry == null) {
				errors.add(new ImportReport.Error(i, null, "", "catalog.error.required"));
				continue;
			}
			ProcedureDefinition definition = Entries.read(entry, lookups, violations);
			LocalDate date = LocalDate.now(this.clock);
			if (entry.effectiveFrom() != null) {
				try {
					date = LocalDate.parse(entry.effectiveFrom().strip());
				}
				catch (DateTimeParseException ex) {
					violations.add(new Violation("effectiveFrom", "catalog.error.date", entry.effectiveFrom()));
				}
			}
			if (entry.code() != null && !codes.add(entry.code().strip())) {
				violations.add(new Violation("code", "catalog.error.code-repeated", entry.code()));
			}
			for (Violation v : violations) {
				errors.add(new ImportReport.Error(i, entry.code(), v.path(), v.key(), v.arguments()));
			}
			definitions.add(definition);
			dates.add(date);
		}
		if (!errors.isEmpty()) {
			return ImportReport.refused(errors);
		}
		int published = 0;
		int unchanged = 0;
		for (int i = 0; i < definitions.size(); i++) {
			ProcedureDefinition definition = definitions.get(i);
			ProcedureHistory history = history(definition.code());
			Optional<Procedure> current = history.published();
			if (current.isPresent() && current.get().definition().equals(definition)) {
				unchanged++;
				continue;
			}
			try {
				save(history, definition);
				publishImported(history, definition.code(), dates.get(i));
				published++;
			}
			catch (RequestRefused ex) {
				errors.add(new ImportReport.Error(i, definition.code().value(), "effectiveFrom",
						"problem." + ex.code() + ".detail", ex.arguments()));
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRefused(ImportReport.refused(errors));
		}
		this.events.publishEvent(new CatalogImported(format, published, unchanged, Origin.current(this.clock)));
		return new ImportReport(published, unchanged, List.of());
	}

	private void publishImported(ProcedureHistory history, ProcedureCode code, LocalDate date) {
		Origin origin = Origin.current(this.clock);
		List<Procedure> changed = history.publish(date, origin.at(), origin.username());
		changed.forEach(this.procedures::update);
		this.events.publishEvent(
				new ProcedurePublished(code.value(), changed.get(changed.size() - 1).version(), date, origin));
	}

	private Procedure save(ProcedureHistory history, ProcedureDefinition definition) {
		boolean isNew = history.draft().isEmpty();
		Origin origin = Origin.current(this.clock);
		Procedure draft = history.edit(definition, origin.at(), origin.username());
		if (isNew) {
			this.procedures.insert(draft);
		}
		else {
			this.procedures.update(draft);
		}
		this.events
			.publishEvent(new ProcedureDrafted(definition.code().value(), draft.version(), definition.name(), origin));
		return draft;
	}

	private ProcedureHistory history(ProcedureCode code) {
		return new ProcedureHistory(this.procedures.history(code));
	}

	private ProcedureHistory existing(ProcedureCode code) {
		ProcedureHistory history = history(code);
		if (history.latest().isEmpty()) {
			throw RequestRefused.notFound("catalog.not-found", code);
		}
		return history;
	}

	private Entries.Lookups lookups(String resources) {
		return new Entries.Lookups(agency -> this.organization.findAgency(agency).isPresent(),
				template -> resolve(template, resources));
	}

	private RequiredDocument.Template resolve(TemplateEntry template, String resources) {
		if (template.sha256() != null) {
			return this.documents.find(template.sha256().strip().toLowerCase(java.util.Locale.ROOT))
				.map(file -> new RequiredDocument.Template(file.sha256(),
						template.filename() != null ? template.filename() : file.filename(),
						template.mediaType() != null ? template.mediaType() : file.mediaType()))
				.orElse(null);
		}
		if (template.resource() == null || resources == null || template.resource().contains("..")) {
			return null;
		}
		ClassPathResource resource = new ClassPathResource(resources + template.resource());
		if (!resource.exists()) {
			return null;
		}
		String filename = template.filename() != null ? template.filename() : resource.getFilename();
		try (InputStream in = resource.getInputStream()) {
			StoredFile file = this.documents.store(in, filename, template.mediaType());
			return new RequiredDocument.Template(file.sha256(), filename, file.mediaType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An import refused after writing began; the transaction rolls back. */
	public static class ImportRefused extends RuntimeException {

		private final transient ImportReport report;

		ImportRefused(ImportReport report) {
			super("catalog import refused");
			this.report = report;
		}

		ImportReport report() {
			return this.report;
		}

	}

}
