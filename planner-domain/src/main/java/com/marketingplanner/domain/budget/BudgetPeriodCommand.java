package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Adds or edits a budget period: its name ("首年"), its days and its budget ({@code amount}
 * null = not stated). {@code version} is the version read (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record BudgetPeriodCommand(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startDate,
		@NotNull LocalDate endDate, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@Size(max = 2000) String note, Long version) {
}
