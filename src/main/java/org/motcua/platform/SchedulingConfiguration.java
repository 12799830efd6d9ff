package org.motcua.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every instance but do their work on one at a time: each job takes
 * a lock in the {@code shedlock} table ({@code @SchedulerLock}), with the database's
 * clock. The lock guards a job however it is called, so a job a test drives directly is
 * guarded too. {@code motcua.scheduling.enabled=false} turns the schedules off (tests
 * drive jobs directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "motcua.scheduling.enabled", havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	static class Schedules {

	}

}
