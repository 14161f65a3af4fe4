package com.marketingplanner.domain.marketingdata;

import java.time.LocalDate;

/**
 * Which days hold stored rows of a kind (touchpoints, events, channel actuals): the first
 * and the last such day, how many days in between have rows, and how many rows there are.
 */
public record DataCoverage(DataKind kind, LocalDate firstDay, LocalDate lastDay, long days, long rows) {

}
