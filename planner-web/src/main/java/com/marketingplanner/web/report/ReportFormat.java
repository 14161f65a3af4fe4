package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.marketingplanner.web.analytics.AnalyticsFormat;
import com.marketingplanner.web.budget.BudgetFormat;
import com.marketingplanner.web.page.DisplayFormat;

/**
 * How the report writes numbers, dates and enum values: exactly as the plan's pages do
 * ({@link DisplayFormat} for numbers, {@link BudgetFormat} for percentages and enum
 * names, {@link AnalyticsFormat} for the analytics figures), so a number in the report
 * can be found on the page it comes from. Templates reach it as {@code ${fmt}}.
 */
public final class ReportFormat {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	private final DisplayFormat display;

	private final BudgetFormat budget;

	private final AnalyticsFormat analytics;

	ReportFormat(DisplayFormat display, BudgetFormat budget, AnalyticsFormat analytics) {
		this.display = display;
		this.budget = budget;
		this.analytics = analytics;
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

	/** A fraction as the analytics pages write it: 0.1234 → 12.3%. */
	public String share(Double fraction) {
		return this.analytics.percent(fraction);
	}

	/** ROI as the analytics pages write it, two decimals: 1.15. */
	public String ratio(Double value) {
		return this.analytics.ratio(value);
	}

	/** ROAS as the analytics pages write it: 1:2.15. */
	public String oneToX(Double value) {
		return this.analytics.oneToX(value);
	}

	/** A count, grouped. */
	public String count(Number value) {
		return this.analytics.number(value, 0);
	}

	/** A day as ISO 8601 (2026-06-30), as the pages show it. */
	public String date(LocalDate day) {
		return (day != null) ? day.toString() : "—";
	}

	public String timestamp(ZonedDateTime at) {
		return GENERATED.format(at);
	}

	/** A moment in the server's time zone, as the cover's "generated at". */
	public String instant(Instant at) {
		return (at != null) ? GENERATED.format(at.atZone(ZoneId.systemDefault())) : "—";
	}

	/** An enum constant in the reader's language. */
	public String label(Enum<?> value) {
		return this.budget.label(value);
	}

}
