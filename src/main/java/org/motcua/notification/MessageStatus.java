package org.motcua.notification;

/**
 * A message's delivery: waiting for its first attempt, sent, failed (to be retried), or
 * dead-lettered after the configured attempts.
 */
public enum MessageStatus {

	PENDING, SENT, FAILED, DEAD

}
