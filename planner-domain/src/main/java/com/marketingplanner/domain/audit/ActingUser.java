package com.marketingplanner.domain.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names the person on whose behalf work runs when no one is signed in on this thread,
 * e.g. an import job a person started: the audit trail then records them instead of
 * {@code system}.
 */
public final class ActingUser {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private ActingUser() {
	}

	/**
	 * Runs {@code work} on behalf of {@code username}; transactions it begins record
	 * them.
	 */
	public static <T> T runAs(String username, Supplier<T> work) {
		String previous = CURRENT.get();
		CURRENT.set(username);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	static Optional<String> current() {
		return Optional.ofNullable(CURRENT.get());
	}

}
