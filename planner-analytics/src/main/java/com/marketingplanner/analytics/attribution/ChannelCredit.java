package com.marketingplanner.analytics.attribution;

/**
 * The conversions and conversion value one model credits to one channel. Fractional:
 * models split a conversion between touches. Computed in {@code double}.
 */
public record ChannelCredit(String channel, double conversions, double value) {
}
