package com.marketingplanner.domain.analytics;

import java.time.Instant;

/**
 * A result with when it was computed and from which data version.
 *
 * @param value the result
 * @param computedAt when it was computed
 * @param dataVersion the marketing data version it was computed from
 * @param cached whether it came from the {@link ResultCache} rather than being computed
 * for this request
 */
public record Computed<T>(T value, Instant computedAt, long dataVersion, boolean cached) {

	Computed<T> fromCache() {
		return new Computed<>(this.value, this.computedAt, this.dataVersion, true);
	}

}
