package com.marketingplanner.spark.job;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;

import com.marketingplanner.analytics.cli.CliUsageException;
import com.marketingplanner.analytics.cli.CommandLineOptions;
import com.marketingplanner.spark.input.RowRule;

/**
 * The days whose rows a job reads ({@code --from 2026-01-01 --to 2026-03-31}, both
 * inclusive, counted in {@code --time-zone}, default UTC), as the app reads a plan's
 * period: from the first instant of {@code from} to the first instant after {@code to}. A
 * path aggregate made for a period this way is what the app would build from the
 * touchpoints of that period. Rows outside are valid but left out before the shuffle.
 *
 * @param fromMillis first instant inside, epoch milliseconds
 * @param toMillis first instant after, epoch milliseconds
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone, long fromMillis,
		long toMillis) implements Serializable {

	/** The option names (without "--"). */
	public static final Set<String> OPTIONS = Set.of("from", "to", "time-zone");

	public static final List<String> USAGE = List.of(
			"  --from DATE --to DATE only rows of these days (inclusive; e.g. 2026-01-01 and 2026-03-31),",
			"                        as the app reads a plan's period",
			"  --time-zone ZONE      the zone the days are counted in, default UTC (the app's planner.data.time-zone)");

	/**
	 * The period of the options, or {@code null} when none is given.
	 * @throws CliUsageException when only one end is given, a date or the zone is not
	 * valid, or {@code to} is before {@code from}
	 */
	public static Period from(CommandLineOptions options) {
		if (!options.has("from") && !options.has("to")) {
			if (options.has("time-zone")) {
				throw new CliUsageException("option '--time-zone' needs --from and --to");
			}
			return null;
		}
		if (!options.has("from") || !options.has("to")) {
			throw new CliUsageException("give both '--from' and '--to' (a period of days, both inclusive)");
		}
		LocalDate from = date(options, "from");
		LocalDate to = date(options, "to");
		if (to.isBefore(from)) {
			throw new CliUsageException("option '--to' must not be before '--from': " + from + " .. " + to);
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(options.text("time-zone", "UTC"));
		}
		catch (DateTimeException ex) {
			throw new CliUsageException("option '--time-zone' is not a time zone: " + options.text("time-zone"));
		}
		return new Period(from, to, zone, from.atStartOfDay(zone).toInstant().toEpochMilli(),
				to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
	}

	private static LocalDate date(CommandLineOptions options, String name) {
		try {
			return LocalDate.parse(options.text(name));
		}
		catch (DateTimeParseException ex) {
			throw new CliUsageException(
					"option '--" + name + "' needs a date like 2026-03-31, got '" + options.text(name) + "'");
		}
	}

	public boolean contains(long epochMillis) {
		return epochMillis >= this.fromMillis && epochMillis < this.toMillis;
	}

	/**
	 * {@code rule}, keeping only rows inside this period ({@code period} may be null: all
	 * rows); the row's time is its second column.
	 */
	public static <C> RowRule<C> keeping(Period period, RowRule<C> rule) {
		if (period == null) {
			return rule;
		}
		return (columns, row, file, position) -> {
			Row read = rule.read(columns, row, file, position);
			return (read != null && period.contains(read.getLong(1))) ? read : null;
		};
	}

}
