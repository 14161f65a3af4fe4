package com.marketingplanner.web.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password because the account or the client
 * address failed too often (see {@link LoginThrottle}).
 */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** How long to wait before trying again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes to wait, at least one, for messages. */
	public long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
