package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "1:x" notation the seeds use for ratios such as ROAS (seed digest row 7: 004 writes
 * "1:2.3 vs 1:3.5 industry"): the ratio is x. Parsing accepts {@code 1:(\d+(?:\.\d+)?)}
 * with optional spaces around the colon and a full-width colon "："; formatting shows at
 * most two decimals without trailing zeros.
 */
public final class OneToX {

	private static final Pattern NOTATION = Pattern.compile("\\s*1\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)\\s*");

	private OneToX() {
	}

	/**
	 * The ratio x of "1:x".
	 * @throws IllegalArgumentException when the text is not of that form
	 */
	public static double parse(String text) {
		Matcher matcher = NOTATION.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a ratio of the form 1:x");
		}
		return Double.parseDouble(matcher.group(1));
	}

	/**
	 * "1:x" for a finite, non-negative ratio: 3.5 → "1:3.5", 4 → "1:4", 2.345 → "1:2.35".
	 */
	public static String format(double ratio) {
		if (!Double.isFinite(ratio) || ratio < 0) {
			throw new IllegalArgumentException("a 1:x ratio needs a finite, non-negative x: " + ratio);
		}
		BigDecimal x = BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return "1:" + ((x.scale() < 0) ? x.setScale(0) : x).toPlainString();
	}

}
