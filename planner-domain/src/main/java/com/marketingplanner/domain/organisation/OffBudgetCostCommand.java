package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a cost kept outside the budget: what it is, the amount on its basis
 * (fixed, per month, per year; both null = the linked vendor's fee), the vendor it pays
 * ({@code partnerId}, optional) and why it is outside the budget. {@code position} orders
 * the list (null = last); {@code version} is the version read (edits only).
 */
public record OffBudgetCostCommand(@NotBlank @Size(max = 200) String name,
		@PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount, FeeBasis basis, Long partnerId,
		@Size(max = 5000) String reason, @PositiveOrZero Integer position, Long version) {
}
