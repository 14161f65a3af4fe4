package com.marketingplanner.domain.risk;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.timeline.ComparisonOperator;

/**
 * Adds or edits a risk. {@code probability} (0–1) and {@code impact} (1–5) are optional;
 * {@code impactAmount} is money in the plan's currency. {@code status} null keeps the
 * current status (IDENTIFIED for a new risk). The early-warning indicator is all three of
 * {@code warningKpiId}, {@code warningOperator}, {@code warningThreshold} or none;
 * {@code warningText} is free text either way. {@code version} is the version read (edits
 * only).
 */
public record RiskCommand(@NotBlank @Size(max = 50) String category, @NotBlank @Size(max = 300) String title,
		@Size(max = 20000) String description, @DecimalMin("0") @DecimalMax("1") BigDecimal probability,
		@Min(1) @Max(5) Integer impact, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal impactAmount,
		@Size(max = 20000) String impactText, RiskStrategy strategy, @Size(max = 20000) String mitigation,
		@Size(max = 20000) String contingency, @Size(max = 200) String owner, RiskStatus status,
		Frequency reviewCadence, Long warningKpiId, ComparisonOperator warningOperator,
		@Digits(integer = 24, fraction = 6) BigDecimal warningThreshold, @Size(max = 300) String warningText,
		@PositiveOrZero Integer position, Long version) {

	/** A new risk with a category and a title only. */
	public static RiskCommand of(String category, String title) {
		return new RiskCommand(category, title, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

}
