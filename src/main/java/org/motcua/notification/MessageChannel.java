package org.motcua.notification;

/**
 * How a message reaches its recipient: email, SMS, a Zalo official-account message, or
 * the in-app inbox (delivered when recorded).
 */
public enum MessageChannel {

	EMAIL, SMS, ZALO, INBOX;

	/** Whether the channel needs a phone number (else an email address or an account). */
	boolean isByPhone() {
		return this == SMS || this == ZALO;
	}

}
