package org.motcua.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.motcua.platform.PlatformProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of a template in a language ({@code vi}, the default, or {@code en}), from
 * the messages {@code notification.template.<TEMPLATE>.subject}, {@code .body} (email,
 * inbox) and {@code .short} (SMS, Zalo). Times are shown in the province's zone.
 */
@Component
class Wording {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final MessageSource messages;

	private final PlatformProperties platform;

	Wording(MessageSource messages, PlatformProperties platform) {
		this.messages = messages;
		this.platform = platform;
	}

	Text render(MessageTemplate template, String language, MessageChannel channel, Object... args) {
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
		String subject = this.messages.getMessage(template.key("subject"), args, locale);
		String body = this.messages.getMessage(template.key(channel.isByPhone() ? "short" : "body"), args, locale);
		return new Text(subject, body);
	}

	/** An instant as the messages show it, or a dash. */
	String time(Instant at) {
		return at == null ? "—" : TIME.format(at.atZone(this.platform.zone()));
	}

	record Text(String subject, String body) {

	}

}
