package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.notification.MessageSender.SendReport;
import org.motcua.notification.NotificationFixtures.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages from dossier events to a real SMTP server (GreenMail, in-process) and to the
 * gateways' simulator (a real HTTP server): one per chosen channel, none again for a
 * redelivered event; the SMTP server down then up; the SMS gateway answering garbage.
 */
@SpringBootTest
class NotificationIntegrationTests {

	static final int SMTP_PORT = NotificationFixtures.freePort();

	static GreenMail smtp = startSmtp();

	@Autowired
	DossierNotifications recording;

	@Autowired
	MessageSender sender;

	@Autowired
	Notifications notifications;

	@Autowired
	DossierWork dossiers;

	@Autowired
	GatewaySimulator simulator;

	@Autowired
	NotificationProperties properties;

	@Autowired
	ChannelHealth health;

	@Autowired
	MessageLog log;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
	}

	static GreenMail startSmtp() {
		GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	@AfterEach
	void heal() {
		this.simulator.fail(GatewayFault.NONE);
		if (!smtp.isRunning()) {
			smtp = startSmtp();
		}
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void recordsOneMessagePerChosenChannelAndNothingMoreForARedeliveredEvent() {
		String email = "mai." + System.nanoTime() + "@example.vn";
		Filed filed = NotificationFixtures.file(this.dossiers, email, "0912000111");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		assertThat(this.notifications.preferenceOf(filed.ownerId())).satisfies(p -> {
			assertThat(p.chosen()).isFalse();
			assertThat(p.channels()).isEmpty();
		});

		assertThat(this.recording.record(NotificationFixtures.received(filed.code(), at))).isEqualTo(2);
		assertThat(this.recording.record(NotificationFixtures.received(filed.code(), at))).isZero();

		MessagePage page = this.notifications.messagesOf(filed.ownerId(), 0, 10);
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.items()).extracting(MessageLine::channel)
			.containsExactlyInAnyOrder(MessageChannel.EMAIL, MessageChannel.INBOX);
		MessageLine mail = page.items().stream().filter(m -> m.channel() == MessageChannel.EMAIL).findFirst().get();
		assertThat(mail.recipient()).isEqualTo(email);
		assertThat(mail.status()).isEqualTo(MessageStatus.PENDING);
		assertThat(mail.template()).isEqualTo(MessageTemplate.RECEIVED);
		assertThat(mail.subject()).isEqualTo("Hồ sơ " + filed.code() + " đã được tiếp nhận");
		assertThat(mail.body()).contains("Kính gửi Nguyễn Thị Mai").contains("Ngày hẹn trả kết quả");

		this.notifications.choose(filed.ownerId(), EnumSet.of(MessageChannel.SMS, MessageChannel.ZALO), "en");
		assertThat(this.recording.record(NotificationFixtures.supplementRequested(filed.code(), at.plusSeconds(60))))
			.isEqualTo(3);
		List<MessageLine> supplement = this.notifications.messagesOf(filed.ownerId(), 0, 10)
			.items()
			.stream()
			.filter(m -> m.template() == MessageTemplate.SUPPLEMENT_REQUESTED)
			.toList();
		assertThat(supplement).extracting(MessageLine::channel)
			.containsExactlyInAnyOrder(MessageChannel.SMS, MessageChannel.ZALO, MessageChannel.INBOX);
		assertThat(supplement).filteredOn(m -> m.channel() == MessageChannel.SMS)
			.singleElement()
			.satisfies(m -> assertThat(m.body()).isEqualTo("Dossier " + filed.code()
					+ " needs: GCS. Thiếu giấy chứng sinh. Please contact the one-stop desk."));
		assertThat(this.notifications.messagesOf(filed.ownerId(), 1, 3).items()).hasSize(2);
		assertThat(this.notifications.preferenceOf(filed.ownerId()).channels())
			.containsExactlyInAnyOrder(MessageChannel.SMS, MessageChannel.ZALO);
	}

	@Test
	void retriesWhileTheSmtpServerIsDownAndDeliversEachMessageOnceWhenItIsBack() throws Exception {
		String email = "down." + System.nanoTime() + "@example.vn";
		Filed filed = NotificationFixtures.file(this.dossiers, email, null);
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.recording.record(NotificationFixtures.received(filed.code(), at));
		this.recording.record(NotificationFixtures.supplementRequested(filed.code(), at.plusSeconds(60)));
		smtp.stop();

		Instant t = at.plus(Duration.ofDays(1));
		SendReport down = this.sender.sendAt(t);
		assertThat(down.down()).contains(MessageChannel.EMAIL);
		assertThat(down.failed()).isEqualTo(1);
		assertThat(received(email)).isEmpty();
		assertThat(this.health.of(MessageChannel.EMAIL).isFailing()).isTrue();
		// the pass tried one email (the oldest due, perhaps another test's), and left the
		// others
		assertThat(this.log.inStatus(MessageStatus.FAILED, 500))
			.filteredOn(m -> m.channel() == MessageChannel.EMAIL
					&& t.plus(this.properties.initialBackoff()).equals(m.nextAttemptAt()))
			.singleElement()
			.satisfies(m -> assertThat(m.lastError()).startsWith("SMTP"));
		assertThat(emails(filed)).noneMatch(m -> m.status() == MessageStatus.SENT);

		smtp = startSmtp();
		for (int pass = 0; pass < 5; pass++) {
			this.sender.sendAt(t.plus(Duration.ofDays(pass + 1)));
		}

		List<MimeMessage> arrived = received(email);
		assertThat(arrived).hasSize(2);
		assertThat(arrived).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Hồ sơ " + filed.code() + " đã được tiếp nhận",
					"Hồ sơ " + filed.code() + " cần bổ sung");
		assertThat(emails(filed)).allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
		assertThat(this.health.of(MessageChannel.EMAIL).isFailing()).isFalse();
		DeliveryFigures figures = this.notifications.deliveryOf(filed.code());
		assertThat(figures.messages()).isEqualTo(2);
		assertThat(figures.delivered()).isEqualTo(2);
		assertThat(figures.lastDeliveredAt()).isNotNull();
	}

	@Test
	void deadLettersAnSmsAfterTheConfiguredAttemptsWhenTheGatewayAnswersGarbage() {
		Filed filed = NotificationFixtures.file(this.dossiers, null, "0912" + (100000 + System.nanoTime() % 900000));
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		assertThat(this.recording.record(NotificationFixtures.received(filed.code(), at))).isEqualTo(2);
		this.simulator.fail(GatewayFault.GARBAGE);

		Instant t = at.plus(Duration.ofDays(1));
		for (int pass = 0; pass < this.properties.maxAttempts() + 2; pass++) {
			this.sender.sendAt(t.plus(Duration.ofDays(pass)));
		}

		MessageLine sms = this.notifications.messagesOf(filed.ownerId(), 0, 10)
			.items()
			.stream()
			.filter(m -> m.channel() == MessageChannel.SMS)
			.findFirst()
			.orElseThrow();
		assertThat(sms.status()).isEqualTo(MessageStatus.DEAD);
		assertThat(sms.attempts()).isEqualTo(this.properties.maxAttempts());
		assertThat(sms.lastError()).contains("unreadable answer");
		assertThat(this.simulator.records()).filteredOn(r -> r.to().equals(sms.recipient()))
			.hasSize(this.properties.maxAttempts());
		assertThat(this.dossiers.find(filed.code()).orElseThrow().status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(this.notifications.deliveryOf(filed.code()).dead()).isEqualTo(1);
	}

	private List<MessageLine> emails(Filed filed) {
		return this.notifications.messagesOf(filed.ownerId(), 0, 50)
			.items()
			.stream()
			.filter(m -> m.channel() == MessageChannel.EMAIL)
			.toList();
	}

	private static List<MimeMessage> received(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				Address[] to = m.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(email));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
