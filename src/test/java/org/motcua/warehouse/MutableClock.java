package org.motcua.warehouse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward by hand. */
final class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return MutableClock.this.withZone(other);
			}

			@Override
			public Instant instant() {
				return MutableClock.this.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
