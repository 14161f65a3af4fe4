package com.marketingplanner.analytics.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of the journey and attribution commands, checked
 * against the names a command accepts. Every problem is a {@link CliUsageException}
 * naming the option.
 */
final class JourneyCommandOptions {

	private final Map<String, String> values = new LinkedHashMap<>();

	private JourneyCommandOptions() {
	}

	static JourneyCommandOptions parse(List<String> arguments, Set<String> accepted) {
		JourneyCommandOptions options = new JourneyCommandOptions();
		for (int i = 0; i < arguments.size(); i++) {
			String name = arguments.get(i);
			if (!name.startsWith("--")) {
				throw new CliUsageException("unexpected argument '" + name + "'");
			}
			String key = name.substring(2);
			if (!accepted.contains(key)) {
				throw new CliUsageException("unknown option '" + name + "'");
			}
			if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
				throw new CliUsageException("option '" + name + "' needs a value");
			}
			if (options.values.put(key, arguments.get(++i)) != null) {
				throw new CliUsageException("option '" + name + "' given twice");
			}
		}
		return options;
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

	String text(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	String required(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new CliUsageException("missing option '--" + name + "'");
		}
		return value;
	}

	Path path(String name) {
		return Path.of(required(name));
	}

	long wholeNumber(String name, long fallback, long min, long max) {
		if (!has(name)) {
			return fallback;
		}
		String text = this.values.get(name);
		try {
			long value = Long.parseLong(text);
			if (value < min || value > max) {
				throw new CliUsageException(
						"option '--" + name + "' must be between " + min + " and " + max + ", got " + value);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' needs a whole number, got '" + text + "'");
		}
	}

	/**
	 * A duration written {@code 30d}, {@code 12h}, {@code 90m}, {@code 45s} or in
	 * ISO-8601 ({@code P30D}, {@code PT12H}).
	 */
	Duration duration(String name, Duration fallback) {
		if (!has(name)) {
			return fallback;
		}
		String text = this.values.get(name).trim();
		Duration duration = parseDuration(text);
		if (duration == null || duration.isNegative()) {
			throw new CliUsageException(
					"option '--" + name + "' needs a duration like 30d, 12h, 90m, 45s or P30D, got '" + text + "'");
		}
		return duration;
	}

	private static Duration parseDuration(String text) {
		if (text.length() >= 2 && Character.isDigit(text.charAt(0))) {
			String number = text.substring(0, text.length() - 1);
			try {
				long amount = Long.parseLong(number);
				switch (text.charAt(text.length() - 1)) {
					case 'd':
						return Duration.ofDays(amount);
					case 'h':
						return Duration.ofHours(amount);
					case 'm':
						return Duration.ofMinutes(amount);
					case 's':
						return Duration.ofSeconds(amount);
					default:
						return null;
				}
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		try {
			return Duration.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
