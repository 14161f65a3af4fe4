package com.marketingplanner.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address (form and HTTP Basic alike)
 * and refuses further attempts for a while once either has failed too often within the
 * window: {@code planner.login.account-failures} failures of one account or
 * {@code planner.login.address-failures} failures from one address within
 * {@code planner.login.window} block that account or address for
 * {@code planner.login.lockout}. A refused attempt costs no password check at all. A
 * successful sign-in clears the account's count.
 * <p>
 * The counts live in this instance's memory (see ADR 0061): behind N instances an
 * attacker gets at most N times the attempts, and a restart forgets them. The maps are
 * swept of stale entries as they grow, so a flood of invented usernames cannot exhaust
 * memory.
 */
public class LoginThrottle {

	private static final int SWEEP_THRESHOLD = 10_000;

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final int accountLimit;

	private final int addressLimit;

	private final Duration window;

	private final Duration lockout;

	private final Clock clock;

	LoginThrottle(int accountLimit, int addressLimit, Duration window, Duration lockout, Clock clock) {
		this.accountLimit = accountLimit;
		this.addressLimit = addressLimit;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** How long the account or address must still wait, when it is blocked. */
	public Optional<Duration> blocked(String username, String address) {
		Instant now = this.clock.instant();
		Instant until = latest(blockedUntil(this.accounts, account(username), now),
				blockedUntil(this.addresses, address, now));
		return (until == null) ? Optional.empty() : Optional.of(Duration.between(now, until));
	}

	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		record(this.accounts, account(username), this.accountLimit, now);
		if (address != null) {
			record(this.addresses, address, this.addressLimit, now);
		}
	}

	public void succeeded(String username) {
		this.accounts.remove(account(username));
	}

	/** Forgets every count (an administrator's unlock, and tests). */
	public void reset() {
		this.accounts.clear();
		this.addresses.clear();
	}

	private void record(Map<String, Failures> counts, String key, int limit, Instant now) {
		if (counts.size() > SWEEP_THRESHOLD) {
			counts.values().removeIf((failures) -> failures.isStale(now, this.window));
		}
		counts.compute(key, (ignored, failures) -> {
			Failures current = (failures == null || failures.isStale(now, this.window)) ? new Failures(now) : failures;
			return current.plusOne(now, limit, this.lockout);
		});
	}

	private static Instant blockedUntil(Map<String, Failures> counts, String key, Instant now) {
		if (key == null) {
			return null;
		}
		Failures failures = counts.get(key);
		return (failures != null && failures.lockedUntil() != null && now.isBefore(failures.lockedUntil()))
				? failures.lockedUntil() : null;
	}

	private static Instant latest(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isAfter(second)) ? first : second;
	}

	private static String account(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** Failures since {@code since}; when the limit is reached, blocked until a time. */
	private record Failures(Instant since, int count, Instant lockedUntil) {

		Failures(Instant since) {
			this(since, 0, null);
		}

		Failures plusOne(Instant now, int limit, Duration lockout) {
			int next = this.count + 1;
			return new Failures(this.since, next, (next >= limit) ? now.plus(lockout) : this.lockedUntil);
		}

		boolean isStale(Instant now, Duration window) {
			boolean windowOver = now.isAfter(this.since.plus(window));
			boolean lockOver = this.lockedUntil == null || !now.isBefore(this.lockedUntil);
			return windowOver && lockOver;
		}

	}

}
