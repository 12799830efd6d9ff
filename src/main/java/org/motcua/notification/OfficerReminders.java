package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.dossier.OpenStep;
import org.motcua.dossier.OpenSteps;
import org.motcua.notification.MessageLog.Draft;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds officers of the steps they hold: a daily digest of all of them, and one
 * reminder when a step becomes due within one working day (8 working hours on the
 * calendar) and another when it is overdue. Each goes to the officer's in-app inbox and,
 * when the account has an email address, by email. Idempotent: a digest per officer per
 * day, a reminder per step, due instant and kind.
 */
@Service
public class OfficerReminders {

	/** How close a due instant must be for a reminder: one working day. */
	static final Duration WITHIN = Duration.ofHours(8);

	static final int LIMIT = 5000;

	private final OpenSteps steps;

	private final StaffDirectory staff;

	private final WorkingCalendar calendar;

	private final MessageLog messages;

	private final Wording wording;

	OfficerReminders(OpenSteps steps, StaffDirectory staff, WorkingCalendar calendar, MessageLog messages,
			Wording wording) {
		this.steps = steps;
		this.staff = staff;
		this.calendar = calendar;
		this.messages = messages;
		this.wording = wording;
	}

	/**
	 * Records the reminders due at {@code now}; how many messages were added (null when
	 * another instance holds the lock).
	 */
	@SchedulerLock(name = "notification-reminders")
	@Transactional
	public Integer remind(Instant now) {
		Instant horizon = this.calendar.addWorkingTime(now, WITHIN);
		int added = 0;
		for (OpenStep step : this.steps.findAssigned(horizon, LIMIT)) {
			MessageTemplate template = step.dueAt().isBefore(now) ? MessageTemplate.STEP_OVERDUE
					: MessageTemplate.STEP_DUE_SOON;
			String key = template + "|" + step.dossierCode() + "|" + step.stepName() + "|" + step.assignee() + "|"
					+ step.dueAt();
			added += record(step.assignee(), key, template, step.dossierCode(), now, step.dossierCode(),
					step.stepName(), this.wording.time(step.dueAt()));
		}
		return added;
	}

	/**
	 * Records the daily digest of {@code now}'s date for every officer holding a step;
	 * how many messages were added.
	 */
	@SchedulerLock(name = "notification-digest")
	@Transactional
	public Integer digest(Instant now) {
		LocalDate today = now.atZone(this.calendar.zone()).toLocalDate();
		Map<String, List<OpenStep>> byOfficer = this.steps.findAssigned(null, LIMIT)
			.stream()
			.collect(Collectors.groupingBy(OpenStep::assignee, LinkedHashMap::new, Collectors.toList()));
		int added = 0;
		for (Map.Entry<String, List<OpenStep>> entry : byOfficer.entrySet()) {
			long overdue = entry.getValue().stream().filter(s -> s.dueAt() != null && s.dueAt().isBefore(now)).count();
			String lines = entry.getValue()
				.stream()
				.map(s -> "- " + s.dossierCode() + " · " + s.stepName() + " · " + this.wording.time(s.dueAt())
						+ (s.dueAt() != null && s.dueAt().isBefore(now) ? " (!)" : ""))
				.collect(Collectors.joining("\n"));
			added += record(entry.getKey(), "DIGEST|" + entry.getKey() + "|" + today, MessageTemplate.DIGEST, null, now,
					entry.getValue().size(), overdue, lines, today.toString());
		}
		return added;
	}

	private int record(String username, String key, MessageTemplate template, String dossierCode, Instant now,
			Object... args) {
		Optional<StaffAccount> account = this.staff.findByUsername(username).filter(StaffAccount::enabled);
		if (account.isEmpty()) {
			return 0;
		}
		int added = 0;
		for (MessageChannel channel : List.of(MessageChannel.INBOX, MessageChannel.EMAIL)) {
			String recipient = channel == MessageChannel.INBOX ? username : account.get().email();
			if (recipient == null || recipient.isBlank()) {
				continue;
			}
			Wording.Text text = this.wording.render(template, "vi", channel, args);
			if (this.messages.add(
					new Draft(key + "|" + channel, username, true, recipient, channel, template, dossierCode,
							text.subject(), text.body()),
					channel == MessageChannel.INBOX ? MessageStatus.SENT : MessageStatus.PENDING, now)) {
				added++;
			}
		}
		return added;
	}

}
