package com.marketingplanner.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Creates or edits a plan's header. On edit, {@code version} is the version the client
 * read; a stale version is refused. Status changes go through {@link PlanStatusCommand}.
 */
@EndNotBeforeStart(start = "periodStart", end = "periodEnd")
public record PlanCommand(@NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
		PlanLanguage language, @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull LocalDate periodStart,
		@NotNull LocalDate periodEnd, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal totalBudget,
		Long version) {

	/** ISO 4217 code, CNY when none is given. */
	public String currencyOrDefault() {
		return (this.currency == null || this.currency.isBlank()) ? "CNY" : this.currency;
	}

}
