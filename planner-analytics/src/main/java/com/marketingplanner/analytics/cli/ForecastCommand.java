package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.analytics.forecast.ForecastError;
import com.marketingplanner.analytics.forecast.ForecastPoint;
import com.marketingplanner.analytics.forecast.ForecastRequest;
import com.marketingplanner.analytics.forecast.ScenarioForecast;
import com.marketingplanner.analytics.forecast.SeasonalForecast;
import com.marketingplanner.analytics.forecast.Seasonality;
import com.marketingplanner.analytics.io.CsvReader;

/**
 * {@code forecast}: Holt-Winters forecast of a {@code period,value} series with three
 * scenarios, as CSV {@code period,conservative,neutral,optimistic}. Future periods are
 * labelled after the last one: months ({@code 2026-07}) and integers count on, dates
 * ({@code 2026-07-01}) step by the last interval, anything else becomes {@code +1},
 * {@code +2}… The hold-out error goes to stderr as one line
 * {@code holdout_periods=6 mape=0.031234 rmse=45.120000} so that stdout stays one CSV.
 */
final class ForecastCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("series", "season", "horizon", "holdout", "model", "level");

	@Override
	public String name() {
		return "forecast";
	}

	@Override
	public String usage() {
		return "usage: forecast --series FILE.csv --season 12 --horizon 6 [--holdout 6]\n"
				+ "                [--model additive|multiplicative] [--level 0.8]\n"
				+ "  FILE.csv has the columns period,value, oldest first, at least two seasons plus the hold-out.\n"
				+ "  Prints CSV period,conservative,neutral,optimistic; the scenarios are the point forecast\n"
				+ "  -/+ the band of the given coverage (default 0.8). The hold-out error (MAPE as a fraction,\n"
				+ "  RMSE in the series' unit) is printed to stderr.";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		return run(arguments, out, System.err);
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream diagnostics) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS);
		Path file = Path.of(options.text("series"));
		int season = options.positiveInt("season", null);
		int horizon = options.positiveInt("horizon", null);
		int holdout = options.nonNegativeInt("holdout", 0);
		Seasonality seasonality = Seasonality
			.valueOf(options.choice("model", "additive", "additive", "multiplicative").toUpperCase(Locale.ROOT));
		double level = options.number("level", 0.8);
		List<String> periods = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		try (CsvReader reader = CsvReader.open(file)) {
			int period = reader.requireColumn("period");
			int value = reader.requireColumn("value");
			reader.forEachRow((row) -> {
				periods.add(row.text(period));
				values.add(row.number(value, "value"));
				if (seasonality == Seasonality.MULTIPLICATIVE && values.get(values.size() - 1) <= 0) {
					throw row.error("multiplicative seasonality needs positive values");
				}
			});
		}
		ScenarioForecast forecast;
		try {
			forecast = SeasonalForecast
				.forecast(new ForecastRequest(values.stream().mapToDouble(Double::doubleValue).toArray(), season,
						horizon, holdout, seasonality, level));
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException(ex.getMessage() + " (" + file + ")");
		}
		List<String> labels = nextLabels(periods, horizon);
		List<String> lines = new ArrayList<>();
		lines.add("period,conservative,neutral,optimistic");
		for (ForecastPoint point : forecast.points()) {
			lines.add(CsvOutput.field(labels.get(point.step() - 1)) + "," + CsvOutput.number(point.conservative(), 2)
					+ "," + CsvOutput.number(point.neutral(), 2) + "," + CsvOutput.number(point.optimistic(), 2));
		}
		lines.forEach(out::println);
		if (forecast.holdoutError().isPresent()) {
			ForecastError error = forecast.holdoutError().get();
			diagnostics.println("holdout_periods=" + error.periods() + " mape="
					+ (error.mape().isDefined() ? CsvOutput.number(error.mape().orElseThrow(), 6) : "undefined")
					+ " rmse=" + CsvOutput.number(error.rmse(), 6));
		}
		return 0;
	}

	/** Labels for the {@code horizon} periods after the given ones. */
	static List<String> nextLabels(List<String> periods, int horizon) {
		String last = periods.get(periods.size() - 1);
		List<String> labels = new ArrayList<>();
		try {
			YearMonth month = YearMonth.parse(last);
			for (int h = 1; h <= horizon; h++) {
				labels.add(month.plusMonths(h).toString());
			}
			return labels;
		}
		catch (DateTimeParseException ex) {
			// not a month
		}
		try {
			LocalDate date = LocalDate.parse(last);
			long step = (periods.size() > 1)
					? ChronoUnit.DAYS.between(LocalDate.parse(periods.get(periods.size() - 2)), date) : 1;
			for (int h = 1; h <= horizon; h++) {
				labels.add(date.plusDays(step * h).toString());
			}
			return labels;
		}
		catch (DateTimeParseException ex) {
			// not a date
		}
		try {
			long number = Long.parseLong(last);
			for (int h = 1; h <= horizon; h++) {
				labels.add(Long.toString(number + h));
			}
			return labels;
		}
		catch (NumberFormatException ex) {
			for (int h = 1; h <= horizon; h++) {
				labels.add("+" + h);
			}
			return labels;
		}
	}

}
