package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a budget scenario: a {@code name}, another {@code total} (null = the
 * plan's total; lines planned as percentages follow it) and amounts for some lines
 * ({@code lineAmounts}, lines of the same plan; lines not named keep their plan).
 * {@code version} is the version read (edits only).
 */
public record BudgetScenarioCommand(@NotBlank @Size(max = 200) String name, @Size(max = 20000) String description,
		@PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal total,
		@Size(max = 500) List<@Valid LineAmount> lineAmounts, Long version) {

	/**
	 * The amount a scenario gives one budget line; {@code null} keeps the line's plan (an
	 * empty row of a form).
	 */
	public record LineAmount(@NotNull Long budgetLineId,
			@PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount) {
	}

}
