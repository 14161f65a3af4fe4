package com.marketingplanner.analytics.attribution;

import java.io.Serializable;

/**
 * The conversions and conversion value one model credits to one channel. Fractional:
 * models split a conversion between touches. Computed in {@code double}.
 */
public record ChannelCredit(String channel, double conversions, double value) implements Serializable {

	private static final long serialVersionUID = 1L;

}
