package org.motcua.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through the SMTP server of {@code spring.mail.*}: plain text in UTF-8, the
 * message's key in a header. Ready only when an SMTP host is configured.
 */
@Component
class EmailCourier implements Courier {

	static final String KEY_HEADER = "X-Motcua-Message";

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationProperties properties;

	EmailCourier(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.EMAIL;
	}

	@Override
	public boolean isReady() {
		return this.mail.getIfAvailable() != null;
	}

	@Override
	public void deliver(Outgoing message) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new DeliveryFailure("No SMTP server configured", true, null);
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.mailFrom());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.body());
			mime.setHeader(KEY_HEADER, message.messageKey());
			sender.send(mime);
		}
		catch (MailSendException ex) {
			// refused recipients are the message's fault; anything else the server's
			boolean refused = ex.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
			throw new DeliveryFailure("SMTP: " + ex.getMessage(), !refused, ex);
		}
		catch (MailAuthenticationException ex) {
			throw new DeliveryFailure("SMTP authentication: " + ex.getMessage(), true, ex);
		}
		catch (MailException | MessagingException ex) {
			throw new DeliveryFailure("Email: " + ex.getMessage(), false, ex);
		}
	}

}
