package com.marketingplanner.analytics.io;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Durations as the command line and the REST API take them: a whole number with a unit
 * {@code d}, {@code h}, {@code m} or {@code s} ({@code 14d}, {@code 36h}), ISO-8601
 * ({@code P14D}, {@code PT36H}, case-insensitive), or {@code 0}. Never negative.
 */
public final class Durations {

	/** What a duration looks like, for error messages. */
	public static final String EXAMPLES = "30d, 12h, 90m, 45s or P30D";

	private Durations() {
	}

	/**
	 * The duration of a text.
	 * @throws IllegalArgumentException saying what a duration looks like
	 */
	public static Duration parse(String text) {
		String value = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (value.equals("0")) {
			return Duration.ZERO;
		}
		Duration duration;
		try {
			if (value.startsWith("p")) {
				duration = Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			else {
				long amount = Long.parseLong(value.substring(0, value.length() - 1));
				duration = switch (value.charAt(value.length() - 1)) {
					case 'd' -> Duration.ofDays(amount);
					case 'h' -> Duration.ofHours(amount);
					case 'm' -> Duration.ofMinutes(amount);
					case 's' -> Duration.ofSeconds(amount);
					default -> throw invalid(value);
				};
			}
		}
		catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException
				| ArithmeticException ex) {
			throw invalid(value);
		}
		if (duration.isNegative()) {
			throw new IllegalArgumentException("a duration must not be negative: " + value);
		}
		return duration;
	}

	private static IllegalArgumentException invalid(String value) {
		return new IllegalArgumentException("needs a duration like " + EXAMPLES + ", got '" + value + "'");
	}

}
