package org.motcua.dossier.web;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;

import org.springframework.security.core.userdetails.UserDetailsService;

/** Dossiers for the staff pages' tests: received at a desk with real stored papers. */
final class WorkFixtures {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	private final DossierDesk desk;

	private final Documents documents;

	private final UserDetailsService users;

	WorkFixtures(DossierDesk desk, Documents documents, UserDetailsService users) {
		this.desk = desk;
		this.documents = documents;
		this.users = users;
	}

	Actor actor(String username) {
		return ((Actor.Bearer) this.users.loadUserByUsername(username)).actor();
	}

	/**
	 * Birth registration received by {@code desk1} at Đông Sơn: TKKS stored, GCS on
	 * paper.
	 */
	Received receive(String applicantName) {
		String id = personalId();
		String paper = store(pdf("TKKS " + applicantName));
		IntakeCommand command = new IntakeCommand("1.001193", DONG_SON, Channel.COUNTER,
				new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, applicantName, null, "0912345678", null,
						"Thôn 1, Đông Sơn"),
				null, List.of(new SubmittedDocument("TKKS", paper, null, Provenance.DIGITIZED),
						new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED)));
		String code = this.desk.receive(command, null, actor("desk1")).code();
		return new Received(code, id, paper);
	}

	record Received(String code, String idNumber, String paperId) {

	}

	String store(byte[] pdf) {
		return this.documents.ingest(new ByteArrayInputStream(pdf), "paper.pdf").documentId();
	}

	static String personalId() {
		return "0340990" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
	}

	static byte[] pdf(String line) {
		return TestPapers.pdf(line);
	}

	/** A clock the tests set: the system's until told otherwise. */
	static final class SettableClock extends Clock {

		private final ZoneId zone;

		private volatile Instant fixed;

		SettableClock(ZoneId zone) {
			this.zone = zone;
		}

		void set(Instant instant) {
			this.fixed = instant;
		}

		void release() {
			this.fixed = null;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			SettableClock clock = new SettableClock(zone);
			clock.fixed = this.fixed;
			return clock;
		}

		@Override
		public Instant instant() {
			Instant at = this.fixed;
			return at == null ? Instant.now() : at;
		}

	}

}
