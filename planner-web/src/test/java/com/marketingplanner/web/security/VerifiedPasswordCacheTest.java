package com.marketingplanner.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordCacheTest {

	private final AtomicInteger bcryptChecks = new AtomicInteger();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return VerifiedPasswordCacheTest.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedPasswordCacheTest.this.bcryptChecks.incrementAndGet();
			return VerifiedPasswordCacheTest.this.bcrypt.matches(raw, encoded);
		}
	};

	private final MutableClock clock = new MutableClock();

	private final VerifiedPasswordCache cache = new VerifiedPasswordCache(this.counting, 100, Duration.ofMinutes(10),
			this.clock);

	@Test
	void checksARepeatedWrongOrRightPasswordWithBcryptOnlyOnce() {
		String hash = this.cache.encode("the-right-password");
		for (int i = 0; i < 20; i++) {
			assertThat(this.cache.matches("a-wrong-password", hash)).isFalse();
			assertThat(this.cache.matches("the-right-password", hash)).isTrue();
		}
		assertThat(this.bcryptChecks).hasValue(2);
	}

	@Test
	void checksAgainAfterTheEntriesExpire() {
		String hash = this.cache.encode("the-right-password");
		this.cache.matches("a-wrong-password", hash);
		this.clock.advance(Duration.ofMinutes(11));
		this.cache.matches("a-wrong-password", hash);
		assertThat(this.bcryptChecks).hasValue(2);
	}

	@Test
	void aNewHashOfTheSamePasswordIsNeverAnsweredFromAnOldEntry() {
		String oldHash = this.cache.encode("old-password-1");
		assertThat(this.cache.matches("new-password-2", oldHash)).isFalse();
		String newHash = this.cache.encode("new-password-2");
		assertThat(this.cache.matches("new-password-2", newHash)).isTrue();
	}

	@Test
	void aCandidateLongerThan72BytesNeverMatchesAndCostsNoBcrypt() {
		String hash = this.cache.encode("the-right-password");
		assertThat(this.cache.matches("密".repeat(25), hash)).isFalse();
		assertThat(this.bcryptChecks).hasValue(0);
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
