package com.marketingplanner.analytics.forecast;

/**
 * The three scenarios for one future period.
 *
 * @param step periods after the last observation, 1-based
 * @param conservative lower end of the band
 * @param neutral the point forecast
 * @param optimistic upper end of the band
 */
public record ForecastPoint(int step, double conservative, double neutral, double optimistic) {

}
