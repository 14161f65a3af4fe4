package com.marketingplanner.analytics.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.Durations;

/**
 * The options of one command: {@code --name value} or {@code --name=value}, each at most
 * once, plus positional words. Every problem is a {@link CliUsageException} naming the
 * option. Public so that other front ends of the same commands (planner-spark) read
 * options with the same rules and messages.
 */
public final class CommandLineOptions {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final List<String> positional = new ArrayList<>();

	private CommandLineOptions() {
	}

	/**
	 * Parses {@code arguments}, accepting only the option names in {@code known} (without
	 * "--").
	 */
	public static CommandLineOptions parse(List<String> arguments, Set<String> known) {
		CommandLineOptions options = new CommandLineOptions();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				options.positional.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			else {
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw new CliUsageException("option '--" + name + "' needs a value");
				}
				value = arguments.get(++i);
			}
			if (!known.contains(name)) {
				throw new CliUsageException("unknown option '--" + name + "'");
			}
			if (options.values.put(name, value) != null) {
				throw new CliUsageException("option '--" + name + "' given twice");
			}
		}
		return options;
	}

	public List<String> positional() {
		return this.positional;
	}

	/**
	 * For commands that take options only.
	 * @throws CliUsageException naming the first positional word
	 */
	public CommandLineOptions noPositional() {
		if (!this.positional.isEmpty()) {
			throw new CliUsageException("unexpected argument '" + this.positional.get(0) + "'");
		}
		return this;
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	public String text(String name) {
		String value = this.values.get(name);
		if (value == null || value.isBlank()) {
			throw new CliUsageException("missing option '--" + name + "'");
		}
		return value.trim();
	}

	public String text(String name, String defaultValue) {
		return has(name) ? text(name) : defaultValue;
	}

	/** The value of an option that must be given. */
	public String required(String name) {
		return text(name);
	}

	public Path path(String name) {
		return Path.of(text(name));
	}

	public int positiveInt(String name, Integer defaultValue) {
		if (!has(name) && defaultValue != null) {
			return defaultValue;
		}
		String value = text(name);
		try {
			int parsed = Integer.parseInt(value.replace("_", ""));
			if (parsed <= 0) {
				throw new CliUsageException("option '--" + name + "' must be positive: " + value);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' is not a whole number: " + value);
		}
	}

	public int nonNegativeInt(String name, int defaultValue) {
		if (!has(name)) {
			return defaultValue;
		}
		String value = text(name);
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < 0) {
				throw new CliUsageException("option '--" + name + "' must not be negative: " + value);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' is not a whole number: " + value);
		}
	}

	public long wholeNumber(String name, long defaultValue) {
		if (!has(name)) {
			return defaultValue;
		}
		try {
			return Long.parseLong(text(name));
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' is not a whole number: " + text(name));
		}
	}

	/**
	 * A whole number within {@code [min, max]}; the default when the option is absent.
	 */
	public long wholeNumber(String name, long defaultValue, long min, long max) {
		long value = wholeNumber(name, defaultValue);
		if (has(name) && (value < min || value > max)) {
			throw new CliUsageException(
					"option '--" + name + "' must be between " + min + " and " + max + ", got " + value);
		}
		return value;
	}

	public double number(String name, Double defaultValue) {
		if (!has(name) && defaultValue != null) {
			return defaultValue;
		}
		return parseNumber(name, text(name));
	}

	public BigDecimal money(String name) {
		String value = text(name);
		try {
			BigDecimal amount = new BigDecimal(value);
			if (amount.signum() < 0) {
				throw new CliUsageException("option '--" + name + "' must not be negative: " + value);
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' is not an amount: " + value);
		}
	}

	/** A list {@code a,b,c}; empty items are an error. */
	public List<String> list(String name) {
		List<String> items = new ArrayList<>();
		for (String item : text(name).split(",", -1)) {
			if (item.isBlank()) {
				throw new CliUsageException("option '--" + name + "' has an empty item: " + text(name));
			}
			items.add(item.trim());
		}
		return items;
	}

	/** A map {@code key=number,key=number}; empty when the option is absent. */
	public Map<String, Double> numbersByKey(String name) {
		Map<String, Double> map = new LinkedHashMap<>();
		if (!has(name)) {
			return map;
		}
		for (String item : list(name)) {
			int equals = item.indexOf('=');
			if (equals <= 0) {
				throw new CliUsageException("option '--" + name + "' expects key=value items: " + item);
			}
			map.put(item.substring(0, equals).trim(), parseNumber(name, item.substring(equals + 1).trim()));
		}
		return map;
	}

	/**
	 * A duration: a number with a unit {@code d}, {@code h}, {@code m} or {@code s}
	 * ({@code 14d}, {@code 36h}) or ISO-8601 ({@code P14D}, {@code PT36H}).
	 */
	public Duration duration(String name, Duration defaultValue) {
		return has(name) ? parseDuration(name, text(name)) : defaultValue;
	}

	/** A list of durations {@code 0,1d,14d}; empty when the option is absent. */
	public List<Duration> durations(String name) {
		List<Duration> durations = new ArrayList<>();
		if (has(name)) {
			for (String item : list(name)) {
				durations.add(parseDuration(name, item));
			}
		}
		return durations;
	}

	private static Duration parseDuration(String name, String text) {
		try {
			return Durations.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException("option '--" + name + "' " + ex.getMessage());
		}
	}

	/** One of the given words, case-insensitive. */
	public String choice(String name, String defaultValue, String... allowed) {
		String value = text(name, defaultValue).toLowerCase(Locale.ROOT);
		for (String word : allowed) {
			if (word.equals(value)) {
				return word;
			}
		}
		throw new CliUsageException(
				"option '--" + name + "' must be one of " + String.join("|", allowed) + ": " + value);
	}

	private static double parseNumber(String name, String value) {
		try {
			double parsed = Double.parseDouble(value);
			if (!Double.isFinite(parsed)) {
				throw new NumberFormatException();
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new CliUsageException("option '--" + name + "' is not a number: " + value);
		}
	}

}
