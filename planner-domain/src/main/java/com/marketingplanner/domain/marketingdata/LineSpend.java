package com.marketingplanner.domain.marketingdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The money spent on a budget line on one day: the sum of all its actual-spend entries of
 * that day (typed on the budget page or imported).
 *
 * @param channel the code of the line's channel, or {@code null} when it has none
 */
public record LineSpend(long budgetLineId, String channel, LocalDate day, BigDecimal amount) {

}
