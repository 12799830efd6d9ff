package org.motcua.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code motcua.scheduling.enabled=false} (as in every test) none of motcua's jobs
 * is scheduled, even though a library turns scheduling on; the jobs' work stays callable.
 */
@SpringBootTest
class SchedulesIntegrationTests {

	@Autowired
	List<ScheduledTaskHolder> holders;

	@Autowired
	EventResubmission resubmission;

	@Test
	void schedulesNoJobOfMotcuaWhenSchedulesAreOff() {
		List<String> motcuaTasks = this.holders.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::toString)
			.filter(task -> task.contains("org.motcua"))
			.toList();
		assertThat(motcuaTasks).isEmpty();
		this.resubmission.resubmit();
	}

}
