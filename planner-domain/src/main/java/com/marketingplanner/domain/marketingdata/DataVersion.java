package com.marketingplanner.domain.marketingdata;

import java.time.Instant;

/**
 * The version of the stored marketing data: a counter bumped in the same transaction as
 * every import that changed stored rows (stored or replaced any), with the time of that
 * change. A result computed from the data at version {@code n} stays valid while the
 * version is {@code n}.
 */
public record DataVersion(long version, Instant changedAt) {

}
