package com.marketingplanner.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MovingClock clock = new MovingClock();

	private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(5),
			this.clock);

	@Test
	void blocksAnAccountAfterFiveFailuresFromAnyAddressesForFiveMinutes() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("Li.Hua", "10.0.0." + i);
		}
		assertThat(this.throttle.blocked("li.hua", "10.0.1.1")).isEmpty();
		this.throttle.failed("li.hua", "10.0.0.9");
		assertThat(this.throttle.blocked("li.hua", "10.0.1.1")).hasValue(Duration.ofMinutes(5));
		assertThat(this.throttle.blocked("someone.else", "10.0.1.1")).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.blocked("li.hua", "10.0.1.1")).isEmpty();
	}

	@Test
	void blocksAnAddressAfterTwentyFailuresWhateverTheAccounts() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "10.0.0.7");
		}
		assertThat(this.throttle.blocked("never.tried", "10.0.0.7")).isPresent();
		assertThat(this.throttle.blocked("never.tried", "10.0.0.8")).isEmpty();
	}

	@Test
	void forgetsFailuresOlderThanTheWindowAndAfterASuccess() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("li.hua", "10.0.0.1");
		}
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.failed("li.hua", "10.0.0.1");
		assertThat(this.throttle.blocked("li.hua", "10.0.0.1")).isEmpty();
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("li.hua", "10.0.0.1");
		}
		this.throttle.succeeded("li.hua");
		this.throttle.failed("li.hua", "10.0.0.1");
		assertThat(this.throttle.blocked("li.hua", "10.0.0.1")).isEmpty();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
