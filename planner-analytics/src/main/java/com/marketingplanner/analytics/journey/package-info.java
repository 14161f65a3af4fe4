/**
 * Journeys: raw touchpoints
 * ({@link com.marketingplanner.analytics.journey.TouchpointLog},
 * {@link com.marketingplanner.analytics.journey.Touchpoint}) split per user into journeys
 * with a lookback window ({@link com.marketingplanner.analytics.journey.JourneyBuilder}),
 * and journeys aggregated by distinct path
 * ({@link com.marketingplanner.analytics.journey.PathTable}, the ChannelAttribution path
 * format), the mergeable input of every attribution model. Columnar, primitive storage:
 * channels are dense int ids from a
 * {@link com.marketingplanner.analytics.journey.ChannelDictionary}.
 */
package com.marketingplanner.analytics.journey;
