package org.motcua.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.motcua.MotcuaApplication;
import org.motcua.dossier.DossierWork;
import org.motcua.notification.NotificationFixtures.Filed;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application stopped while messages are pending: a new start on the same database
 * sends them, once.
 */
class NotificationRestartIntegrationTests {

	@Test
	void sendsAfterARestartTheMessagesRecordedBeforeIt() throws Exception {
		int port = NotificationFixtures.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
					"--server.port=0", "--motcua.dossier.demo-dossiers=0"));
			if (System.getProperty("spring.datasource.url") == null) {
				args.add("--spring.datasource.url=jdbc:h2:mem:notif-restart-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			}
			String email = "restart." + System.nanoTime() + "@example.vn";
			Filed filed;
			try (ConfigurableApplicationContext first = start(args)) {
				filed = NotificationFixtures.file(first.getBean(DossierWork.class), email, null);
				assertThat(first.getBean(DossierNotifications.class)
					.record(NotificationFixtures.received(filed.code(), Instant.now()))).isEqualTo(2);
			}
			assertThat(received(smtp, email)).isZero();

			try (ConfigurableApplicationContext second = start(args)) {
				second.getBean(MessageSender.class).send();
				second.getBean(MessageSender.class).send();
				assertThat(received(smtp, email)).isEqualTo(1);
				assertThat(second.getBean(Notifications.class).deliveryOf(filed.code()).delivered()).isEqualTo(1);
			}
		}
		finally {
			smtp.stop();
		}
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		return new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
	}

	private static long received(GreenMail smtp, String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

}
