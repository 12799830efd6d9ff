package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.OpenStep;
import org.motcua.dossier.OpenSteps;
import org.motcua.notification.NotificationFixtures.Filed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' reminders of the steps they hold: one when a step is due within a working
 * day, one when it is overdue, a digest a day; each in the in-app inbox, once.
 */
@SpringBootTest
class OfficerRemindersIntegrationTests {

	@Autowired
	OfficerReminders reminders;

	@Autowired
	DossierWork dossiers;

	@Autowired
	OpenSteps steps;

	@Autowired
	Notifications notifications;

	@Test
	void remindsTheHolderOfAStepDueSoonThenOverdueAndListsItInTheDigest() {
		Filed filed = NotificationFixtures.file(this.dossiers, null, null);
		this.dossiers.act(filed.code(), Action.RECEIVE, ActionBody.empty(), "desk1");
		this.dossiers.act(filed.code(), Action.HAND_OVER, ActionBody.empty(), "desk1");
		this.dossiers.act(filed.code(), Action.ASSIGN, ActionBody.empty(), "specialist1");
		OpenStep step = this.steps.findAssigned(null, 5000)
			.stream()
			.filter(s -> s.dossierCode().equals(filed.code()))
			.findFirst()
			.orElseThrow();
		assertThat(step.assignee()).isEqualTo("specialist1");

		this.reminders.remind(step.dueAt().minus(Duration.ofHours(1)));
		this.reminders.remind(step.dueAt().plus(Duration.ofMinutes(1)));
		int again = this.reminders.remind(step.dueAt().plus(Duration.ofMinutes(1)));
		Instant day = step.dueAt().plus(Duration.ofMinutes(2));
		this.reminders.digest(day);

		assertThat(again).isZero();
		assertThat(this.reminders.digest(day)).isZero();
		MessagePage inbox = this.notifications.inboxOf("specialist1", 0, 500);
		assertThat(inbox.items()).filteredOn(m -> filed.code().equals(m.dossierCode()))
			.extracting(MessageLine::template)
			.containsExactlyInAnyOrder(MessageTemplate.STEP_DUE_SOON, MessageTemplate.STEP_OVERDUE);
		assertThat(inbox.items()).filteredOn(m -> m.template() == MessageTemplate.STEP_OVERDUE)
			.anySatisfy(m -> assertThat(m.subject()).isEqualTo("Quá hạn: hồ sơ " + filed.code()));
		assertThat(inbox.items()).filteredOn(m -> m.template() == MessageTemplate.DIGEST)
			.anySatisfy(m -> assertThat(m.body()).contains(filed.code()));
		assertThat(this.steps.findDueAt(NotificationFixtures.DONG_SON.value(), null, day, 5000))
			.anyMatch(s -> s.dossierCode().equals(filed.code()));
	}

}
