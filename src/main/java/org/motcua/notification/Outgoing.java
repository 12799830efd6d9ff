package org.motcua.notification;

/**
 * A message as a courier sends it; {@code messageKey} identifies it to the gateway so
 * that a repeat is recognised.
 */
record Outgoing(long id, String messageKey, MessageChannel channel, String recipient, String subject, String body,
		int attempts) {

}
