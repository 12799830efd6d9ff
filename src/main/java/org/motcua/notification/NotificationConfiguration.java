package org.motcua.notification;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS and Zalo couriers: each to its configured gateway, else to the simulator when
 * it runs.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Courier smsCourier(NotificationProperties properties, GatewaySimulator simulator) {
		return new GatewayCourier(MessageChannel.SMS, properties.sms(),
				() -> endpoint(properties.sms().endpoint(), simulator), properties);
	}

	@Bean
	Courier zaloCourier(NotificationProperties properties, GatewaySimulator simulator) {
		return new GatewayCourier(MessageChannel.ZALO, properties.zalo(),
				() -> endpoint(properties.zalo().endpoint(), simulator), properties);
	}

	private static URI endpoint(URI configured, GatewaySimulator simulator) {
		if (configured != null) {
			return configured.toString().endsWith("/") ? configured : URI.create(configured + "/");
		}
		return simulator.uri();
	}

}
