package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.marketingplanner.web.budget.BudgetFormat;
import com.marketingplanner.web.page.DisplayFormat;

/**
 * How the report writes numbers, dates and enum values: exactly as the plan's pages do
 * ({@link DisplayFormat} for numbers, {@link BudgetFormat} for percentages and enum
 * names), so a number in the report can be found on the page it comes from. Templates
 * reach it as {@code ${fmt}}.
 */
public final class ReportFormat {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	private final DisplayFormat display;

	private final BudgetFormat budget;

	ReportFormat(DisplayFormat display, BudgetFormat budget) {
		this.display = display;
		this.budget = budget;
	}

	/** A number with grouped digits and no trailing zeros; an em dash when missing. */
	public String number(BigDecimal value) {
		return this.display.number(value);
	}

	/**
	 * An amount as the pages write money in the reader's language ("CNY 280,000,000",
	 * "¥2.8亿").
	 */
	public String money(BigDecimal amount, String currency) {
		return this.display.money(amount, currency);
	}

	/** A percentage with one decimal (12.5%); an em dash when missing. */
	public String percent(BigDecimal value) {
		return this.budget.percent(value);
	}

	/** A day as ISO 8601 (2026-06-30), as the pages show it. */
	public String date(LocalDate day) {
		return (day != null) ? day.toString() : "—";
	}

	public String timestamp(ZonedDateTime at) {
		return GENERATED.format(at);
	}

	/** An enum constant in the reader's language. */
	public String label(Enum<?> value) {
		return this.budget.label(value);
	}

}
