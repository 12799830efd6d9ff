package org.motcua.notification;

import java.time.Duration;
import java.util.Arrays;

/**
 * Load driver (not a test): SMS sent one after another through the HTTP courier to the
 * gateways' simulator on the loopback address, as the sender does in a pass. Prints
 * p50/p95/p99 of one delivery and the throughput. Argument: messages (5000). See
 * docs/benchmarks.md for the command.
 */
public final class GatewaySendLoad {

	private GatewaySendLoad() {
	}

	public static void main(String[] args) {
		int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		NotificationProperties properties = new NotificationProperties("motcua@localhost",
				new NotificationProperties.Gateway(null, "sms-key", "MOTCUA"),
				new NotificationProperties.Gateway(null, "zalo-key", "OA1"), true, 0, Duration.ofSeconds(3),
				Duration.ofSeconds(10), 6, Duration.ofMinutes(1), Duration.ofHours(2), 500, Duration.ofSeconds(30),
				Duration.ofHours(1), "0 30 7 * * *");
		GatewaySimulator simulator = new GatewaySimulator(properties, null);
		simulator.start();
		try {
			GatewayCourier sms = new GatewayCourier(MessageChannel.SMS, properties.sms(), simulator::uri, properties);
			for (int i = 0; i < 500; i++) {
				sms.deliver(message("warm-" + i));
			}
			long[] nanos = new long[messages];
			long start = System.nanoTime();
			for (int i = 0; i < messages; i++) {
				long t = System.nanoTime();
				sms.deliver(message("m-" + i));
				nanos[i] = System.nanoTime() - t;
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Arrays.sort(nanos);
			System.out.printf("%d SMS in %.2f s: %.0f/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", messages, seconds,
					messages / seconds, nanos[messages / 2] / 1e6, nanos[messages * 95 / 100] / 1e6,
					nanos[messages * 99 / 100] / 1e6);
		}
		finally {
			simulator.stop();
		}
	}

	private static Outgoing message(String key) {
		return new Outgoing(0, key, MessageChannel.SMS, "0912000111", "Tiếp nhận",
				"Ho so 000.20.01.H99-261127-0001 da duoc tiep nhan luc 09:32 27/11/2026. Hen tra ket qua: 09:32 04/12/2026.",
				0);
	}

}
