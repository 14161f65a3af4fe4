package com.marketingplanner.domain.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names the person on whose behalf work runs on this thread: the signed-in person of a
 * web request (bound by the web layer once the request's sign-in is known) or the person
 * who started an import job. The audit trail records them; work without one is
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

	/**
	 * Names {@code username} as the acting person on this thread until the returned scope
	 * is closed (then the previous one again): for work that cannot be a
	 * {@link Supplier}, such as the rest of a web request once its sign-in is known.
	 */
	public static Scope bind(String username) {
		String previous = CURRENT.get();
		CURRENT.set(username);
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** The person named as acting on this thread, if any. */
	public static Optional<String> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The time during which a person is named as acting; closing it ends that. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
