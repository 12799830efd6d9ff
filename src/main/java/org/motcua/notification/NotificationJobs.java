package org.motcua.notification;

import java.time.Clock;

import org.motcua.platform.WhenSchedulesRun;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers the sender every {@code motcua.notification.send-interval}, the officers'
 * reminders every {@code motcua.notification.reminder-interval} and their digest at
 * {@code motcua.notification.digest-cron}. The first pass after a start sends what an
 * earlier run left pending.
 */
@Component
@WhenSchedulesRun
class NotificationJobs {

	private final MessageSender sender;

	private final OfficerReminders reminders;

	private final Clock clock;

	NotificationJobs(MessageSender sender, OfficerReminders reminders, Clock clock) {
		this.sender = sender;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${motcua.notification.send-interval:PT30S}", initialDelay = 20_000)
	void send() {
		this.sender.send();
	}

	@Scheduled(fixedDelayString = "${motcua.notification.reminder-interval:PT1H}", initialDelay = 60_000)
	void remind() {
		this.reminders.remind(this.clock.instant());
	}

	@Scheduled(cron = "${motcua.notification.digest-cron:0 30 7 * * MON-SAT}", zone = "${motcua.zone:Asia/Ho_Chi_Minh}")
	void digest() {
		this.reminders.digest(this.clock.instant());
	}

}
