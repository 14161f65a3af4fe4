package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.Frequency;

/**
 * Adds or edits a risk. {@code probability} (0–1) and the impact are optional; the impact
 * is a level 1–5 ({@code impact}), or a loss as {@code impactAmount} (money in the plan's
 * currency) or as {@code impactShare} percent of {@code impactBase} — the level then
 * follows from the 1–5 scale. {@code status} null keeps the current status (IDENTIFIED
 * for a new risk). {@code triggers} are the early-warning triggers (rows left empty on a
 * form are ignored); {@code warningText} the warning in words. {@code crisisLevelIds}
 * names levels of the plan's crisis playbook. {@code version} is the version read (edits
 * only).
 */
public record RiskCommand(@NotBlank @Size(max = 50) String category, @NotBlank @Size(max = 300) String title,
		@Size(max = 20000) String description, @DecimalMin("0") @DecimalMax("1") BigDecimal probability,
		@Min(1) @Max(5) Integer impact, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal impactAmount,
		@PositiveOrZero @Digits(integer = 5, fraction = 4) BigDecimal impactShare, ImpactBase impactBase,
		@Size(max = 20000) String impactText, RiskStrategy strategy, @Size(max = 20000) String mitigation,
		@Size(max = 20000) String contingency, @Size(max = 200) String owner, RiskStatus status,
		Frequency reviewCadence, @Size(max = 20) List<@Valid RiskTriggerCommand> triggers,
		@Size(max = 300) String warningText, Set<Long> crisisLevelIds, @PositiveOrZero Integer position, Long version) {

	/** A new risk with a category and a title only. */
	public static RiskCommand of(String category, String title) {
		return new RiskCommand(category, title, null, null, null, null, null, null, null, null, null, null, null, null,
				null, List.of(), null, Set.of(), null, null);
	}

	/** The triggers that were filled in. */
	public List<RiskTriggerCommand> filledTriggers() {
		return (this.triggers != null)
				? this.triggers.stream().filter((trigger) -> trigger != null && !trigger.isBlank()).toList()
				: List.of();
	}

}
