package com.marketingplanner.domain.user;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest {

	private final ApiToken token = new ApiToken(new AppUser("tool", "Tool", "{noop}x", Role.VIEWER), "reporting",
			"0".repeat(64), "mp_0000000");

	@Test
	void recordsItsUseToTheMinute() {
		Instant first = Instant.parse("2026-11-22T08:00:00Z");
		this.token.markUsed(first);
		this.token.markUsed(first.plusSeconds(30));
		assertThat(this.token.getLastUsedAt()).isEqualTo(first);
		this.token.markUsed(first.plusSeconds(60));
		assertThat(this.token.getLastUsedAt()).isEqualTo(first.plusSeconds(60));
	}

	@Test
	void aRevokedTokenIsNoLongerActive() {
		assertThat(this.token.isActive()).isTrue();
		this.token.revoke(Instant.parse("2026-11-22T09:00:00Z"));
		assertThat(this.token.isActive()).isFalse();
	}

	@Test
	void anExpiredTokenIsNoLongerActive() {
		Instant expiry = Instant.parse("2027-01-01T00:00:00Z");
		ApiToken expiring = new ApiToken(new AppUser("tool", "Tool", "{noop}x", Role.VIEWER), "quarterly",
				"1".repeat(64), "mp_1111111", true, expiry);
		assertThat(expiring.isActiveAt(expiry.minusSeconds(1))).isTrue();
		assertThat(expiring.isActiveAt(expiry)).isFalse();
		assertThat(expiring.isReadOnly()).isTrue();
	}

}
