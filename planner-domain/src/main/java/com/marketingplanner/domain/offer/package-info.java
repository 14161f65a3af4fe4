/**
 * A plan's offers: promotions with their mechanics as fields (threshold, discount,
 * schedule, window), and tactic specifications (content components with counts, timed
 * steps), each optionally on a campaign and a channel.
 */
package com.marketingplanner.domain.offer;
