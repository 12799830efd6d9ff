package org.motcua.notification;

import java.time.Instant;

/**
 * A message the gateways' simulator received; {@code repeat}: its ID arrived before.
 */
record GatewayRecord(MessageChannel channel, String messageId, String to, String text, boolean repeat,
		Instant receivedAt) {

}
