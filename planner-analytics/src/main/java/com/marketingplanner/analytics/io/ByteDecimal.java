package com.marketingplanner.analytics.io;

/**
 * Parses a plain decimal {@code [-]digits[.digits]} of at most 15 digits from a byte
 * range, for the byte-level CSV parsers; anything else gives {@code NaN} and the caller
 * hands the file to the general reader. Exact: up to 15 digits form an exact long, and
 * one division by an exact power of ten rounds correctly, just as
 * {@link Double#parseDouble} does.
 */
public final class ByteDecimal {

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15 };

	private ByteDecimal() {
	}

	public static double parse(byte[] bytes, int from, int to) {
		int i = from;
		boolean negative = i < to && bytes[i] == '-';
		if (negative) {
			i++;
		}
		long digits = 0;
		int count = 0;
		int decimals = -1;
		for (; i < to; i++) {
			byte b = bytes[i];
			if (b >= '0' && b <= '9') {
				digits = digits * 10 + (b - '0');
				count++;
				if (decimals >= 0) {
					decimals++;
				}
			}
			else if (b == '.' && decimals < 0) {
				decimals = 0;
			}
			else {
				return Double.NaN;
			}
		}
		if (count == 0 || count > 15 || decimals == 0) {
			return Double.NaN;
		}
		double value = (decimals > 0) ? digits / POWERS_OF_TEN[decimals] : digits;
		return negative ? -value : value;
	}

}
