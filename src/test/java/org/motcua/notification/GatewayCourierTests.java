package org.motcua.notification;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMS courier against the gateways' simulator, a real HTTP server: a message sent and
 * recorded, a repeat recognised, and each way the gateway can misbehave turned into the
 * right failure (unavailable, refused, unreadable), the read timeout applied.
 */
class GatewayCourierTests {

	NotificationProperties properties = new NotificationProperties("motcua@localhost",
			new NotificationProperties.Gateway(null, "sms-key", "MOTCUA"),
			new NotificationProperties.Gateway(null, "zalo-key", "OA1"), true, 0, Duration.ofSeconds(1),
			Duration.ofMillis(500), 3, Duration.ofMinutes(1), Duration.ofHours(1), 100, Duration.ofSeconds(30),
			Duration.ofHours(1), "0 30 7 * * *");

	GatewaySimulator simulator = new GatewaySimulator(this.properties, null);

	GatewayCourier sms;

	@BeforeEach
	void start() {
		this.simulator.start();
		this.sms = new GatewayCourier(MessageChannel.SMS, this.properties.sms(), this.simulator::uri, this.properties);
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
	}

	@Test
	void sendsAMessageAndTheGatewayRecognisesARepeat() {
		this.sms.deliver(message("k1"));
		this.sms.deliver(message("k1"));

		assertThat(this.simulator.records()).hasSize(2).allSatisfy(r -> {
			assertThat(r.channel()).isEqualTo(MessageChannel.SMS);
			assertThat(r.to()).isEqualTo("0912000111");
			assertThat(r.text()).isEqualTo("Ho so da duoc tiep nhan");
		});
		assertThat(this.simulator.records()).extracting(GatewayRecord::repeat).containsExactly(false, true);
	}

	@Test
	void turnsEachMisbehaviourIntoTheRightFailure() {
		this.simulator.fail(GatewayFault.UNAVAILABLE);
		assertThatThrownBy(() -> this.sms.deliver(message("k2"))).isInstanceOfSatisfying(DeliveryFailure.class,
				f -> assertThat(f.isUnavailable()).isTrue());
		this.simulator.fail(GatewayFault.REFUSE);
		assertThatThrownBy(() -> this.sms.deliver(message("k3")))
			.isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isUnavailable()).isFalse())
			.hasMessageContaining("code 99");
		this.simulator.fail(GatewayFault.GARBAGE);
		assertThatThrownBy(() -> this.sms.deliver(message("k4")))
			.isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isUnavailable()).isFalse())
			.hasMessageContaining("unreadable answer");
		this.simulator.fail(GatewayFault.NONE);
		this.simulator.slow(Duration.ofSeconds(2));
		assertThatThrownBy(() -> this.sms.deliver(message("k5")))
			.isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.isUnavailable()).isTrue())
			.hasMessageContaining("no answer within PT0.5S");
	}

	@Test
	void refusesAWrongKeyAndABadNumber() {
		GatewayCourier wrongKey = new GatewayCourier(MessageChannel.SMS,
				new NotificationProperties.Gateway(null, "other", "MOTCUA"), this.simulator::uri, this.properties);
		assertThatThrownBy(() -> wrongKey.deliver(message("k6"))).hasMessageContaining("HTTP 401");
		assertThatThrownBy(
				() -> this.sms.deliver(new Outgoing(1, "k7", MessageChannel.SMS, "not a phone", "s", "b", 0)))
			.hasMessageContaining("code 12");
		assertThat(this.simulator.records()).isEmpty();
	}

	private static Outgoing message(String key) {
		return new Outgoing(1, key, MessageChannel.SMS, "0912000111", "Tiếp nhận", "Ho so da duoc tiep nhan", 0);
	}

}
