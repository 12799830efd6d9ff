package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal, the statistics and the staff pages read from the notifications: a
 * recipient's messages, an applicant's channel preferences (read and set), and the
 * delivery figures of a dossier.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	/** The largest page. */
	public static final int MAX_SIZE = 500;

	private final MessageLog messages;

	private final Preferences preferences;

	private final Clock clock;

	Notifications(MessageLog messages, Preferences preferences, Clock clock) {
		this.messages = messages;
		this.preferences = preferences;
		this.clock = clock;
	}

	/**
	 * The messages to one recipient (an applicant's personal ID or tax code, or an
	 * officer's username), every channel, newest first; {@code page} from 0, {@code size}
	 * capped at {@value #MAX_SIZE}.
	 */
	public MessagePage messagesOf(String ownerId, int page, int size) {
		return page(ownerId, null, page, size);
	}

	/** The recipient's in-app inbox: the messages of the channel {@code INBOX} only. */
	public MessagePage inboxOf(String ownerId, int page, int size) {
		return page(ownerId, MessageChannel.INBOX, page, size);
	}

	private MessagePage page(String ownerId, MessageChannel channel, int page, int size) {
		if (ownerId == null || ownerId.isBlank()) {
			return new MessagePage(List.of(), 0);
		}
		int capped = Math.max(1, Math.min(size, MAX_SIZE));
		int offset = Math.max(0, page) * capped;
		String owner = ownerId.strip();
		return new MessagePage(this.messages.ofOwner(owner, channel, offset, capped),
				this.messages.countOfOwner(owner, channel));
	}

	/**
	 * The channels the owner chose; when none are chosen ({@code chosen} false, no
	 * channels), each dossier's messages go by its contact: email when it gives an
	 * address, else SMS when it gives a phone.
	 */
	public ChannelPreference preferenceOf(String ownerId) {
		return this.preferences.find(ownerId).orElseGet(() -> new ChannelPreference(ownerId, Set.of(), "vi", false));
	}

	/**
	 * The channels to use for an owner with this contact: the chosen ones, else email
	 * when there is an email address, else SMS when there is a phone.
	 */
	ChannelPreference preferenceFor(String ownerId, String email, String phone) {
		return this.preferences.find(ownerId).orElseGet(() -> {
			Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
			if (email != null && !email.isBlank()) {
				channels.add(MessageChannel.EMAIL);
			}
			else if (phone != null && !phone.isBlank()) {
				channels.add(MessageChannel.SMS);
			}
			return new ChannelPreference(ownerId, channels, "vi", false);
		});
	}

	/**
	 * Sets the channels (email, SMS, Zalo; the in-app inbox always receives a copy) and
	 * the language ({@code vi} or {@code en}) of the owner's messages from now on.
	 * Refuses a blank owner, the inbox as a choice and another language
	 * ({@link IllegalArgumentException}).
	 */
	@Transactional
	public ChannelPreference choose(String ownerId, Set<MessageChannel> channels, String language) {
		if (ownerId == null || ownerId.isBlank()) {
			throw new IllegalArgumentException("An owner ID is required");
		}
		if (channels.contains(MessageChannel.INBOX)) {
			throw new IllegalArgumentException("The inbox is not a channel to choose");
		}
		String lang = language == null || language.isBlank() ? "vi" : language.strip();
		if (!lang.equals("vi") && !lang.equals("en")) {
			throw new IllegalArgumentException("Language vi or en");
		}
		ChannelPreference preference = new ChannelPreference(ownerId.strip(), channels, lang, true);
		this.preferences.save(preference, this.clock.instant());
		return preference;
	}

	/** The messages to the applicant of one dossier, for statistics. */
	public DeliveryFigures deliveryOf(String dossierCode) {
		List<MessageLine> lines = this.messages.ofDossier(dossierCode)
			.stream()
			.filter(m -> m.channel() != MessageChannel.INBOX)
			.toList();
		int delivered = (int) lines.stream().filter(m -> m.status() == MessageStatus.SENT).count();
		int dead = (int) lines.stream().filter(m -> m.status() == MessageStatus.DEAD).count();
		Instant last = lines.stream()
			.map(MessageLine::sentAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		return new DeliveryFigures(dossierCode, lines.size(), delivered, lines.size() - delivered - dead, dead, last);
	}

}
