package com.marketingplanner.web.page;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as pages show them, in the reader's locale: digits grouped (800,000,000,000),
 * no trailing zeros (45 rather than 45.000000), never in exponent form. Templates call it
 * as {@code ${@display.number(value)}}; a missing value shows as an em dash.
 */
@Component("display")
public class DisplayFormat {

	private static final int MAX_FRACTION_DIGITS = 6;

	public String number(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
		format.setGroupingUsed(true);
		return format.format(value);
	}

}
