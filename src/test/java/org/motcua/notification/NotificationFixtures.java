package org.motcua.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.SupplementRequested;
import org.motcua.shared.AgencyCode;

/**
 * Dossiers filed online for the notification tests (real dossiers, so that the listener
 * finds the applicant's contact), and the events about them.
 */
final class NotificationFixtures {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	private NotificationFixtures() {
	}

	/** A dossier filed online for a new applicant with this contact; its code. */
	static Filed file(DossierWork dossiers, String email, String phone) {
		String id = "0340991" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
		Applicant applicant = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Nguyễn Thị Mai", null, phone,
				email, "Thôn 2, Đông Sơn");
		IntakeCommand command = new IntakeCommand("1.001193", DONG_SON, Channel.ONLINE, applicant, null,
				List.of(new SubmittedDocument("TKKS", null, null, Provenance.NOT_DIGITIZED),
						new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED)));
		return new Filed(dossiers.submitOnline(command, "citizen1").code(), id);
	}

	static DossierFacts facts(String code, DossierStatus status, Instant received) {
		return new DossierFacts(code, "1.001193", 1, DONG_SON.value(), "99100", Channel.ONLINE, PartyKind.PERSON,
				IdType.PERSONAL_ID, "1234", status, status.nationalCode(), received, received,
				received.plusSeconds(5 * 86400), null, null, null, 0, false, null);
	}

	static DossierReceived received(String code, Instant at) {
		return new DossierReceived(facts(code, DossierStatus.RECEIVED, at), "desk1", at, false);
	}

	static SupplementRequested supplementRequested(String code, Instant at) {
		return new SupplementRequested(facts(code, DossierStatus.AWAITING_SUPPLEMENT, at), "specialist1", at,
				List.of("GCS"), "Thiếu giấy chứng sinh", 1);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Filed(String code, String ownerId) {

	}

}
