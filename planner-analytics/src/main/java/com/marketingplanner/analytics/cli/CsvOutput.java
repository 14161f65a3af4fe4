package com.marketingplanner.analytics.cli;

import java.math.BigDecimal;
import java.util.Locale;

import com.marketingplanner.analytics.Figure;

/** Formatting of numbers and fields in the commands' CSV output. */
final class CsvOutput {

	private CsvOutput() {
	}

	/** A rate or ratio with 6 decimals; an undefined figure is an empty field. */
	static String rate(Figure figure) {
		return figure.isDefined() ? number(figure.orElseThrow(), 6) : "";
	}

	static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	static String money(BigDecimal amount) {
		return amount.toPlainString();
	}

	/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
	static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
