package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Computed figures as the analytics pages show them, in the reader's locale: fractions as
 * percentages, ratios with two decimals, ROAS as "1:x", counts grouped. Templates call it
 * as {@code ${@analyticsFormat.percent(value)}}; a missing value shows as an em dash (the
 * page's "how computed" line says why).
 */
@Component("analyticsFormat")
public class AnalyticsFormat {

	private static final String MISSING = "—";

	private final DisplayFormat display;

	AnalyticsFormat(DisplayFormat display) {
		this.display = display;
	}

	/** A fraction as a percentage with one decimal: 0.1234 → 12.3%. */
	public String percent(Double fraction) {
		return percent(fraction, 1);
	}

	/** A fraction as a percentage with the given decimals. */
	public String percent(Double fraction, int decimals) {
		if (fraction == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(fraction);
	}

	/**
	 * A difference of two rates in percentage points with a sign: 0.0123 → +1.23 pp.
	 */
	public String points(Double difference) {
		if (difference == null) {
			return MISSING;
		}
		String number = decimal(BigDecimal.valueOf(difference * 100), 2);
		return ((difference > 0) ? "+" : "") + number + " pp";
	}

	/** A ratio with two decimals: 2.5 → 2.50. */
	public String ratio(Double value) {
		return (value != null) ? decimal(BigDecimal.valueOf(value), 2) : MISSING;
	}

	/** ROAS in the seeds' notation: 3.5 → 1:3.50. */
	public String oneToX(Double value) {
		return (value != null) ? "1:" + decimal(BigDecimal.valueOf(value), 2) : MISSING;
	}

	/** A p-value: four decimals, or "&lt; 0.0001". */
	public String pValue(Double value) {
		if (value == null) {
			return MISSING;
		}
		return (value < 0.0001) ? "< " + decimal(new BigDecimal("0.0001"), 4) : decimal(BigDecimal.valueOf(value), 4);
	}

	/** A count or amount, grouped, with at most the given decimals. */
	public String number(Number value, int maxDecimals) {
		if (value == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(maxDecimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/**
	 * A duration in the largest fitting unit with one decimal: 36 h → 1.5 d, 90 min → 1.5
	 * h.
	 */
	public String duration(java.time.Duration duration) {
		if (duration == null) {
			return MISSING;
		}
		double seconds = duration.toMillis() / 1000.0;
		if (seconds >= 86_400) {
			return number(seconds / 86_400, 1) + " d";
		}
		if (seconds >= 3_600) {
			return number(seconds / 3_600, 1) + " h";
		}
		return number(seconds / 60, 1) + " min";
	}

	/**
	 * Money as every page writes it in the reader's language
	 * ({@link DisplayFormat#money}: "CNY 3,602,825", "¥360.3万"), so the analytics pages
	 * show the amounts of the budget and the overview in the same form.
	 */
	public String money(BigDecimal value, String currency) {
		return this.display.money(value, currency);
	}

	/** The exact amount with two decimals, for the hover text. */
	public String moneyExact(BigDecimal value, String currency) {
		return this.display.moneyExact(value, currency);
	}

	private static String decimal(BigDecimal value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

}
