package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a budget line. {@code parentId} null = top level; {@code position} null =
 * after the last sibling. Plan it with {@code plannedAmount} or with
 * {@code plannedPercentage} + {@code percentageBase} (or both, as a source states them),
 * or leave both empty. {@code channelCode} is a catalog code such as {@code douyin};
 * {@code phaseId} a phase of the same plan. {@code version} is the version read (edits
 * only).
 */
public record BudgetLineCommand(Long parentId, @PositiveOrZero Integer position, @NotBlank @Size(max = 300) String name,
		@Size(max = 20000) String description, @Size(max = 50) String channelCode, Long phaseId,
		@Min(1) @Max(4) Integer quarter, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal plannedAmount,
		@PositiveOrZero @Digits(integer = 5, fraction = 4) BigDecimal plannedPercentage, PercentageBase percentageBase,
		@Size(max = 20) List<@Size(max = 50) String> tags, Long version) {

	/**
	 * A line planned as an amount, with no other attributes (for tests and importers).
	 */
	public static BudgetLineCommand amount(Long parentId, String name, BigDecimal amount, String... tags) {
		return new BudgetLineCommand(parentId, null, name, null, null, null, null, amount, null, null, List.of(tags),
				null);
	}

	/** A line planned as a percentage of a base. */
	public static BudgetLineCommand percentage(Long parentId, String name, BigDecimal percentage, PercentageBase base,
			String... tags) {
		return new BudgetLineCommand(parentId, null, name, null, null, null, null, null, percentage, base,
				List.of(tags), null);
	}

}
