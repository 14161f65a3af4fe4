package com.marketingplanner.domain.shared;

/**
 * An entity edited under optimistic locking: edits must name the version they were based
 * on.
 */
public interface Versioned {

	Long getId();

	long getVersion();

	/**
	 * Refuses an edit based on another version than the current one.
	 * @throws StaleVersionException when {@code expectedVersion} is not the current
	 * version
	 */
	default void requireVersion(Long expectedVersion) {
		if (expectedVersion == null) {
			throw new BusinessRuleViolation("version", "error.version-required",
					"An edit must name the version it was based on");
		}
		requireVersion(expectedVersion.longValue());
	}

	/**
	 * Refuses an edit based on another version than the current one.
	 * @throws StaleVersionException when {@code expectedVersion} is not the current
	 * version
	 */
	default void requireVersion(long expectedVersion) {
		if (expectedVersion != getVersion()) {
			throw new StaleVersionException(getClass().getSimpleName(), getId(), expectedVersion, getVersion());
		}
	}

}
