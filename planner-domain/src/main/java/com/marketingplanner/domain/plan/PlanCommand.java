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
 * <p>
 * The profile ({@code planKind}, {@code businessContext}, {@code currencyStated},
 * {@code contextCurrency}) is optional for clients written before it existed: an edit
 * without any of the four leaves the plan's profile as it is; an edit with at least one
 * of them replaces the whole profile (a missing {@code currencyStated} then means
 * stated).
 */
@EndNotBeforeStart(start = "periodStart", end = "periodEnd")
public record PlanCommand(@NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
		PlanLanguage language, @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull LocalDate periodStart,
		@NotNull LocalDate periodEnd, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal totalBudget,
		Long version, PlanKind planKind, @Size(max = 5000) String businessContext, Boolean currencyStated,
		@Pattern(regexp = "[A-Z]{3}") String contextCurrency) {

	/** A header without a profile (the form of clients written before the profile). */
	public PlanCommand(String title, String description, PlanLanguage language, String currency, LocalDate periodStart,
			LocalDate periodEnd, BigDecimal totalBudget, Long version) {
		this(title, description, language, currency, periodStart, periodEnd, totalBudget, version, null, null, null,
				null);
	}

	/** Whether the command says anything about the profile (else an edit keeps it). */
	public boolean hasProfile() {
		return this.planKind != null || this.businessContext != null || this.currencyStated != null
				|| this.contextCurrency != null;
	}

	/** Whether the source states the currency; stated unless said otherwise. */
	public boolean currencyStatedOrDefault() {
		return this.currencyStated == null || this.currencyStated;
	}

	/** ISO 4217 code, CNY when none is given. */
	public String currencyOrDefault() {
		return (this.currency == null || this.currency.isBlank()) ? "CNY" : this.currency;
	}

}
