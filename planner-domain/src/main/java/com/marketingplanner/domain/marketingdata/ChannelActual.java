package com.marketingplanner.domain.marketingdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a channel reported for one day. Every figure is {@code null} when it was not
 * reported (an empty CSV field), which is not the same as zero.
 *
 * @param channel the channel code from the catalog
 */
public record ChannelActual(LocalDate day, String channel, BigDecimal spend, Long impressions, Long clicks, Long visits,
		Long orders, Long newCustomers, BigDecimal revenue) {

}
