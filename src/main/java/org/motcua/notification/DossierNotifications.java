package org.motcua.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureCode;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierEvent;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.Extended;
import org.motcua.dossier.PaymentRequested;
import org.motcua.dossier.ResultReturned;
import org.motcua.dossier.SupplementRequested;
import org.motcua.notification.MessageLog.Draft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the applicant's messages for the dossier events that concern them, one per
 * chosen channel that the dossier gives a contact for, plus a copy in their in-app inbox.
 * The contact is read from the dossier (the events carry no personal data). A message is
 * known by its template, dossier, event instant, author and channel: a redelivered event
 * records nothing new. Sending is the sender's business, later.
 */
@Component
class DossierNotifications {

	private static final Logger log = LoggerFactory.getLogger(DossierNotifications.class);

	private final DossierWork dossiers;

	private final Catalog catalog;

	private final Notifications notifications;

	private final MessageLog messages;

	private final Wording wording;

	private final Clock clock;

	DossierNotifications(DossierWork dossiers, Catalog catalog, Notifications notifications, MessageLog messages,
			Wording wording, Clock clock) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.notifications = notifications;
		this.messages = messages;
		this.wording = wording;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DossierEvent event) {
		record(event);
	}

	/** Records the event's messages unless recorded already; how many were added. */
	@Transactional
	int record(DossierEvent event) {
		MessageTemplate template = templateOf(event);
		String code = event.dossier().code();
		if (template == null || code == null) {
			return 0;
		}
		Applicant applicant = this.dossiers.findApplicant(code).orElse(null);
		if (applicant == null) {
			log.warn("No dossier {} for the {} message", code, template);
			return 0;
		}
		ChannelPreference preference = this.notifications.preferenceFor(applicant.idNumber(), applicant.email(),
				applicant.phone());
		List<MessageChannel> channels = new ArrayList<>(preference.channels());
		channels.add(MessageChannel.INBOX);
		int added = 0;
		for (MessageChannel channel : channels) {
			String recipient = switch (channel) {
				case EMAIL -> applicant.email();
				case SMS, ZALO -> applicant.phone();
				case INBOX -> applicant.idNumber();
			};
			if (recipient == null || recipient.isBlank()) {
				continue;
			}
			Wording.Text text = this.wording.render(template, preference.language(), channel,
					args(event, applicant, preference.language()));
			Draft draft = new Draft(key(template, event, channel), applicant.idNumber(), false, recipient.strip(),
					channel, template, code, text.subject(), text.body());
			if (this.messages.add(draft, channel == MessageChannel.INBOX ? MessageStatus.SENT : MessageStatus.PENDING,
					this.clock.instant())) {
				added++;
			}
		}
		return added;
	}

	static MessageTemplate templateOf(DossierEvent event) {
		if (event instanceof DossierReceived) {
			return MessageTemplate.RECEIVED;
		}
		if (event instanceof SupplementRequested) {
			return MessageTemplate.SUPPLEMENT_REQUESTED;
		}
		if (event instanceof PaymentRequested) {
			return MessageTemplate.PAYMENT_REQUESTED;
		}
		if (event instanceof Extended) {
			return MessageTemplate.EXTENDED;
		}
		if (event instanceof DossierFinished) {
			return MessageTemplate.FINISHED;
		}
		if (event instanceof ResultReturned) {
			return MessageTemplate.RESULT_RETURNED;
		}
		return null;
	}

	private static String key(MessageTemplate template, DossierEvent event, MessageChannel channel) {
		String round = event instanceof SupplementRequested s ? "#" + s.round() : "";
		return template + "|" + event.dossier().code() + "|" + event.at() + "|" + event.by() + round + "|" + channel;
	}

	/**
	 * {0} code, {1} applicant, {2} procedure, {3} the event's time, {4} the due time, {5}
	 * what the template adds (missing papers, amount, reason, how returned).
	 */
	private Object[] args(DossierEvent event, Applicant applicant, String language) {
		DossierFacts dossier = event.dossier();
		String procedure = this.catalog
			.findVersion(ProcedureCode.of(dossier.procedureCode()), dossier.procedureVersion())
			.map(p -> p.definition().name())
			.orElse(dossier.procedureCode());
		String detail = "";
		if (event instanceof SupplementRequested s) {
			detail = String.join(", ", s.missing()) + (s.note() == null ? "" : ". " + s.note());
		}
		else if (event instanceof PaymentRequested p) {
			detail = money(p.amount(), language) + (p.note() == null ? "" : ". " + p.note());
		}
		else if (event instanceof Extended e && e.reason() != null) {
			detail = e.reason();
		}
		else if (event instanceof ResultReturned r && r.how() != null) {
			detail = r.how().name();
		}
		return new Object[] { dossier.code(), applicant.name(), procedure, this.wording.time(event.at()),
				this.wording.time(event.dossier().dueAt()), detail };
	}

	private static String money(BigDecimal amount, String language) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat
			.getIntegerInstance("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
		return format.format(amount) + " VND";
	}

}
