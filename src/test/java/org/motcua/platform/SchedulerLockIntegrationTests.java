package org.motcua.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs take a lock in the database, so two instances (or two threads) never run
 * the same job at once.
 */
@SpringBootTest
class SchedulerLockIntegrationTests {

	@Autowired
	LockProvider locks;

	@Autowired
	Clock clock;

	@Autowired
	GuardedJob job;

	@Test
	void refusesSecondLockWhileFirstIsHeld() {
		String name = "lock-test-" + System.nanoTime();

		Optional<SimpleLock> first = this.locks.lock(configuration(name));
		Optional<SimpleLock> second = this.locks.lock(configuration(name));
		assertThat(first).isPresent();
		assertThat(second).isEmpty();

		first.get().unlock();
		Optional<SimpleLock> afterRelease = this.locks.lock(configuration(name));
		assertThat(afterRelease).isPresent();
		afterRelease.get().unlock();
	}

	@Test
	void skipsJobWhileAnotherRunOfItHoldsTheLock() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.job.run(release));
		assertThat(this.job.awaitStart()).isTrue();

		this.job.run(new CountDownLatch(0));
		assertThat(this.job.runs()).isEqualTo(1);

		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		this.job.run(new CountDownLatch(0));
		assertThat(this.job.runs()).isEqualTo(2);
		assertThat(this.job.mostAtOnce()).isEqualTo(1);
	}

	private LockConfiguration configuration(String name) {
		return new LockConfiguration(this.clock.instant(), name, Duration.ofMinutes(1), Duration.ZERO);
	}

	/**
	 * A job that waits inside its lock until told to finish. Proxied by the lock, so read
	 * it through its methods.
	 */
	static class GuardedJob {

		private final AtomicInteger runs = new AtomicInteger();

		private final AtomicInteger running = new AtomicInteger();

		private final AtomicInteger mostAtOnce = new AtomicInteger();

		private final CountDownLatch started = new CountDownLatch(1);

		public int runs() {
			return this.runs.get();
		}

		public int mostAtOnce() {
			return this.mostAtOnce.get();
		}

		public boolean awaitStart() throws InterruptedException {
			return this.started.await(10, TimeUnit.SECONDS);
		}

		@SchedulerLock(name = "scheduler-lock-test-job", lockAtMostFor = "PT30S")
		public void run(CountDownLatch release) {
			this.runs.incrementAndGet();
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			this.started.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Jobs {

		@Bean
		GuardedJob guardedJob() {
			return new GuardedJob();
		}

	}

}
