package com.marketingplanner.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import com.marketingplanner.domain.shared.Money;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and money as pages show them, in the reader's locale. Templates call it as
 * {@code ${@display.number(value)}}; a missing value shows as an em dash.
 * <ul>
 * <li>numbers: digits grouped (800,000,000,000), no trailing zeros, never in exponent
 * form;</li>
 * <li>money, one format per language: English writes the ISO code and the grouped amount,
 * cents only when there are any ("CNY 280,000,000", "CNY 1,234.50"); Chinese writes the
 * currency's symbol and large amounts in 万 (10⁴) or 亿 (10⁸) with at most two decimals
 * ("¥2.8亿", "¥3,000万"), the exact amount ({@link #moneyExact}) on hover;</li>
 * <li>ids and codes are never formatted as numbers: templates write them as they
 * are.</li>
 * </ul>
 */
@Component("display")
public class DisplayFormat {

	private static final int MAX_FRACTION_DIGITS = 6;

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

	public String number(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
		format.setGroupingUsed(true);
		return format.format(value);
	}

	/**
	 * A large number shortened the way the reader's language does (640B, 96M in English;
	 * 6400亿, 9600万 in Chinese), at most one decimal; small numbers as {@link #number}.
	 * For tiles, with the exact number on hover.
	 */
	public String compact(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		if (value.abs().compareTo(WAN) < 0) {
			return number(value);
		}
		NumberFormat format = NumberFormat.getCompactNumberInstance(LocaleContextHolder.getLocale(),
				NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/**
	 * A number with its unit ("30 %", "1,200 万人"); only the number when there is no unit.
	 */
	public String withUnit(BigDecimal value, String unit) {
		if (value == null) {
			return "—";
		}
		return (unit == null || unit.isBlank()) ? number(value) : number(value) + " " + unit.strip();
	}

	/** An amount as the reader's language writes money (see the class comment). */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (!isChinese(locale)) {
			return code(currency) + " " + grouped(amount, locale);
		}
		BigDecimal magnitude = amount.abs();
		String sign = (amount.signum() < 0) ? "-" : "";
		if (magnitude.compareTo(YI) >= 0) {
			return sign + symbol(currency, locale) + scaled(magnitude, YI, locale) + "亿";
		}
		if (magnitude.compareTo(WAN) >= 0) {
			return sign + symbol(currency, locale) + scaled(magnitude, WAN, locale) + "万";
		}
		return sign + symbol(currency, locale) + grouped(magnitude, locale);
	}

	/** The exact amount with two decimals, for the hover text ("¥280,000,000.00"). */
	public String moneyExact(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String prefix = isChinese(locale) ? symbol(currency, locale) : code(currency) + " ";
		return (amount.signum() < 0 ? "-" : "") + prefix + format.format(amount.abs());
	}

	/**
	 * Whether the short money text differs from the exact one (then pages offer the exact
	 * on hover).
	 */
	public boolean moneyAbbreviated(BigDecimal amount, String currency) {
		return amount != null && !money(amount, currency).equals(moneyExact(amount, currency));
	}

	/** A percentage with one decimal ("42.9%"); a dash when not defined. */
	public String percent(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value) + "%";
	}

	private static boolean isChinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	private static String grouped(BigDecimal amount, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		BigDecimal rounded = Money.rounded(amount);
		if (rounded.stripTrailingZeros().scale() > 0) {
			format.setMinimumFractionDigits(2);
		}
		return format.format(rounded);
	}

	private static String scaled(BigDecimal magnitude, BigDecimal unit, Locale locale) {
		BigDecimal value = magnitude.divide(unit, 2, RoundingMode.HALF_UP);
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
		return format.format(value);
	}

	private static String code(String currency) {
		return (currency != null) ? currency : "";
	}

	private static String symbol(String currency, Locale locale) {
		try {
			return Currency.getInstance(currency).getSymbol(locale);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return code(currency) + " ";
		}
	}

}
