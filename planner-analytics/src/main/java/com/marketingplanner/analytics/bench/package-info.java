/**
 * Deterministic synthetic journeys for tests, the {@code generate-journeys} command and
 * benchmarks.
 */
package com.marketingplanner.analytics.bench;
