package org.motcua.nationalportal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.IntakeReceipt;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.AgencyCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in the dossiers filed on the national portal: each portal code once (the
 * {@code portal_inbound} table), submitted online through {@code DossierWork} so that it
 * lands in its agency's desk queue; one the dossier module refuses (unknown procedure,
 * missing papers, bad applicant data) is recorded as refused with the reason and not
 * tried again.
 */
@Service
public class PortalIntake {

	static final String CHANNEL = "inbound";

	static final String PUSH_CHANNEL = "push";

	private static final Logger log = LoggerFactory.getLogger(PortalIntake.class);

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final NationalPortal portal;

	private final DossierWork dossiers;

	private final JdbcClient jdbc;

	private final PortalFigures figures;

	private final Clock clock;

	private final TransactionTemplate transaction;

	PortalIntake(NationalPortal portal, DossierWork dossiers, JdbcClient jdbc, PortalFigures figures, Clock clock,
			PlatformTransactionManager transactions) {
		this.portal = portal;
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.figures = figures;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Pulls the portal's new dossiers and takes in those not taken in before. */
	@SchedulerLock(name = "national-portal-intake")
	public IntakeReport takeIn() {
		Instant now = this.clock.instant();
		List<InboundDossier> filed;
		try {
			filed = this.portal.newDossiers();
		}
		catch (PortalFailure ex) {
			this.figures.failure(CHANNEL, now, ex.getMessage());
			return new IntakeReport(0, 0, 0);
		}
		IntakeReport report = take(filed, now);
		this.figures.success(CHANNEL, now);
		return report;
	}

	/**
	 * Takes in dossiers the portal pushed: the same path as the pulled ones, each portal
	 * code once; what became of each, in order.
	 */
	public List<Taken> takePushed(List<InboundDossier> pushed) {
		Instant now = this.clock.instant();
		List<Taken> outcomes = pushed.stream().map(d -> take(d, now)).toList();
		this.figures.success(PUSH_CHANNEL, now);
		return outcomes;
	}

	private IntakeReport take(List<InboundDossier> filed, Instant now) {
		int taken = 0;
		int known = 0;
		int refused = 0;
		for (InboundDossier dossier : filed) {
			if (dossier.portalCode() == null || dossier.portalCode().isBlank()) {
				known++;
				continue;
			}
			switch (take(dossier, now).outcome()) {
				case TAKEN -> taken++;
				case KNOWN -> known++;
				case REFUSED -> refused++;
			}
		}
		return new IntakeReport(taken, known, refused);
	}

	private Taken take(InboundDossier dossier, Instant now) {
		String portalCode = dossier.portalCode();
		if (portalCode == null || portalCode.isBlank()) {
			return new Taken(portalCode, Taken.Outcome.REFUSED, null, "no portal code");
		}
		if (isKnown(portalCode)) {
			return known(portalCode);
		}
		try {
			String code = this.transaction.execute(status -> {
				if (!claim(portalCode, now)) {
					return null;
				}
				IntakeReceipt receipt = this.dossiers.submitOnline(command(dossier), "national-portal");
				this.jdbc
					.sql("UPDATE portal_inbound SET dossier_code = :code, outcome = 'TAKEN' "
							+ "WHERE portal_code = :portal")
					.param("code", receipt.code())
					.param("portal", portalCode)
					.update();
				return receipt.code();
			});
			return code != null ? new Taken(portalCode, Taken.Outcome.TAKEN, code, null) : known(portalCode);
		}
		catch (DossierRefused | IllegalArgumentException | NullPointerException | java.time.DateTimeException ex) {
			String reason = ex instanceof DossierRefused r ? r.code() + " " + r.getMessage() : ex.getMessage();
			log.warn("Dossier {} from the national portal refused: {}", portalCode, reason);
			this.transaction.executeWithoutResult(status -> {
				if (claim(portalCode, now)) {
					this.jdbc
						.sql("UPDATE portal_inbound SET outcome = 'REFUSED', reason = :reason "
								+ "WHERE portal_code = :portal")
						.param("reason", HttpNationalPortal.abbreviate(reason))
						.param("portal", portalCode)
						.update();
				}
			});
			return new Taken(portalCode, Taken.Outcome.REFUSED, null, reason);
		}
	}

	private Taken known(String portalCode) {
		return this.jdbc.sql("SELECT dossier_code, reason FROM portal_inbound WHERE portal_code = :code")
			.param("code", portalCode)
			.query((rs, i) -> new Taken(portalCode, Taken.Outcome.KNOWN, rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(new Taken(portalCode, Taken.Outcome.KNOWN, null, null));
	}

	private boolean isKnown(String portalCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM portal_inbound WHERE portal_code = :code")
			.param("code", portalCode)
			.query(Long.class)
			.single() > 0;
	}

	private boolean claim(String portalCode, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO portal_inbound (portal_code, outcome, taken_at) VALUES (:code, 'TAKING', :now)
				ON CONFLICT DO NOTHING
				""").param("code", portalCode).param("now", PortalOutbox.utc(now)).update() == 1;
	}

	private static IntakeCommand command(InboundDossier d) {
		PartyKind kind = PartyKind.valueOf(d.applicantKind());
		LocalDate birth = d.birthDate() == null || d.birthDate().isBlank() ? null
				: LocalDate.parse(d.birthDate(), BIRTH_DATE);
		Applicant applicant = new Applicant(kind, IdType.valueOf(d.idType()), d.idNumber(), d.name(), birth, d.phone(),
				d.email(), d.address());
		List<SubmittedDocument> papers = d.papers()
			.stream()
			.map(code -> new SubmittedDocument(code, null, null, Provenance.NOT_DIGITIZED))
			.toList();
		return new IntakeCommand(d.procedureCode(), AgencyCode.of(d.agencyCode()), Channel.ONLINE, applicant, null,
				papers);
	}

	/**
	 * What became of one pushed dossier: taken in now (with its dossier code), known
	 * already (taken or refused before), or refused (with the reason).
	 */
	public record Taken(String portalCode, Outcome outcome, String dossierCode, String reason) {

		public enum Outcome {

			TAKEN, KNOWN, REFUSED

		}

	}

	/** What an intake did: dossiers taken in, already known, refused. */
	public record IntakeReport(int taken, int known, int refused) {

	}

}
