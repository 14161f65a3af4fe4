/**
 * Attribution models over {@link com.marketingplanner.analytics.journey.PathTable}:
 * heuristic (first, last, last non-direct, linear, time decay, position-based, W-shaped),
 * Markov chain of order 1..4 with exact removal effects, and Shapley values over channel
 * coalitions. Every model returns an
 * {@link com.marketingplanner.analytics.attribution.AttributionResult} whose credits sum
 * to the total conversions and value of its input. Computed in {@code double}. The
 * aggregates behind Markov
 * ({@link com.marketingplanner.analytics.attribution.TransitionCounts}) and Shapley
 * ({@link com.marketingplanner.analytics.attribution.CoalitionCounts}) are sums and merge
 * across partitions.
 */
package com.marketingplanner.analytics.attribution;
