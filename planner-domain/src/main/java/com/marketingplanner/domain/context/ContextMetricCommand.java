package com.marketingplanner.domain.context;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a context figure: its name; a value with its unit (a range up to
 * {@code upperValue}; bounded by {@code qualifier}), a change in percent against
 * {@code changeBasis}, or both; a comparison value with its label; the year it is as of;
 * the source section and a note. {@code position} orders the list (null = last);
 * {@code version} is the version read (edits only).
 */
public record ContextMetricCommand(@NotBlank @Size(max = 200) String name, ContextQualifier qualifier,
		@Digits(integer = 15, fraction = 4) BigDecimal value, @Digits(integer = 15, fraction = 4) BigDecimal upperValue,
		@Size(max = 50) String unit,
		@DecimalMin("-9999999") @DecimalMax("9999999") @Digits(integer = 7, fraction = 2) BigDecimal changePercent,
		@Size(max = 100) String changeBasis, @Digits(integer = 15, fraction = 4) BigDecimal comparisonValue,
		@Size(max = 100) String comparisonLabel, @Min(1900) @Max(2200) Integer asOfYear,
		@Size(max = 100) String sourceSection, @Size(max = 5000) String note, @PositiveOrZero Integer position,
		Long version) {
}
