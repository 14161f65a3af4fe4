package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.analytics.attribution.AttributionModel;
import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.attribution.ChannelCredit;
import com.marketingplanner.analytics.attribution.FirstTouchModel;
import com.marketingplanner.analytics.attribution.LastNonDirectModel;
import com.marketingplanner.analytics.attribution.LastTouchModel;
import com.marketingplanner.analytics.attribution.LinearModel;
import com.marketingplanner.analytics.attribution.MarkovModel;
import com.marketingplanner.analytics.attribution.PositionBasedModel;
import com.marketingplanner.analytics.attribution.ShapleyModel;
import com.marketingplanner.analytics.attribution.TimeDecayModel;
import com.marketingplanner.analytics.attribution.WShapedModel;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathCsvReader;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;

/**
 * {@code attribution}: runs attribution models over aggregated paths ({@code --paths}) or
 * raw touchpoints ({@code --touchpoints}, split into journeys with the lookback window)
 * and prints CSV {@code model,channel,conversions,value}, models in the order asked,
 * channels by name. Everything is computed before the first line is printed.
 */
final class AttributionCommand implements CliCommand {

	static final List<String> MODELS = List.of("first", "last", "last-non-direct", "linear", "time-decay", "position",
			"w-shaped", "markov", "shapley");

	private static final Set<String> OPTIONS = Set.of("paths", "touchpoints", "models", "markov-order", "lookback",
			"half-life", "touch-interval", "direct", "shapley-worth", "position");

	@Override
	public String name() {
		return "attribution";
	}

	@Override
	public String usage() {
		return String.join(System.lineSeparator(),
				"usage: attribution (--paths FILE.csv | --touchpoints FILE.csv) [options]",
				"  --paths FILE          aggregated paths: path,total_conversions,total_conversion_value,total_null",
				"                        (path written a > b > c, as in the ChannelAttribution package)",
				"  --touchpoints FILE    raw touches: user_id,timestamp,channel,conversion_value",
				"                        (ISO-8601 timestamps; empty value = plain touch, a number = conversion)",
				"  --models LIST         comma-separated, default all: " + String.join(",", MODELS),
				"  --markov-order K      1..4, default 1",
				"  --lookback DURATION   journey lookback window for --touchpoints, default 30d",
				"  --position FIRST,LAST position-based shares of the first and last touch in percent, default 40,40",
				"  --half-life DURATION  time-decay half-life, default 7d",
				"  --touch-interval DURATION  time-decay spacing assumed between touches of --paths, default 1d",
				"  --direct NAME         channel treated as direct by last-non-direct, default direct",
				"  --shapley-worth W     conversions (default) or conversion-rate",
				"  durations: 30d, 12h, 90m, 45s or ISO-8601 (P30D)", "  output: CSV model,channel,conversions,value");
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS).noPositional();
		if (options.has("paths") == options.has("touchpoints")) {
			throw new CliUsageException("give exactly one of '--paths' and '--touchpoints'");
		}
		List<String> modelNames = modelNames(options.text("models", String.join(",", MODELS)));
		int markovOrder = (int) options.wholeNumber("markov-order", 1, 1, 4);
		if (options.has("paths") && options.has("lookback")) {
			throw new CliUsageException(
					"option '--lookback' applies to --touchpoints only: aggregated paths are journeys already");
		}
		Duration lookback = options.duration("lookback", Duration.ofDays(30));
		PositionBasedModel position = position(options.text("position", "40,40"));
		Duration halfLife = options.duration("half-life", TimeDecayModel.DEFAULT_HALF_LIFE);
		if (halfLife.isZero()) {
			throw new CliUsageException("option '--half-life' must be positive");
		}
		Duration touchInterval = options.duration("touch-interval", TimeDecayModel.DEFAULT_TOUCH_INTERVAL);
		String direct = options.text("direct", LastNonDirectModel.DEFAULT_DIRECT_CHANNEL);
		ShapleyModel.Worth worth = worth(options.text("shapley-worth", "conversions"));

		Journeys journeys = null;
		PathTable paths;
		Path input = options.path(options.has("paths") ? "paths" : "touchpoints");
		if (options.has("paths")) {
			paths = PathCsvReader.read(input);
		}
		else {
			journeys = new JourneyBuilder(lookback).build(TouchpointCsvReader.read(input));
			paths = journeys.toPathTable();
		}
		List<AttributionResult> results = new ArrayList<>();
		for (String modelName : modelNames) {
			try {
				if (modelName.equals("time-decay") && journeys != null) {
					results.add(new TimeDecayModel(halfLife, touchInterval).attribute(journeys));
				}
				else {
					results.add(model(modelName, markovOrder, halfLife, touchInterval, direct, worth, position)
						.attribute(paths));
				}
			}
			catch (IllegalArgumentException ex) {
				// the data exceed what a model can do (e.g. too many channels for exact
				// Shapley)
				throw new CsvInputException(input.toString(), 0, modelName + ": " + ex.getMessage());
			}
		}
		out.print(toCsv(results));
		return 0;
	}

	static String toCsv(List<AttributionResult> results) {
		StringBuilder csv = new StringBuilder("model,channel,conversions,value\n");
		for (AttributionResult result : results) {
			for (ChannelCredit credit : result.credits()) {
				csv.append(result.model())
					.append(',')
					.append(csvField(credit.channel()))
					.append(',')
					.append(String.format(Locale.ROOT, "%.6f", credit.conversions()))
					.append(',')
					.append(String.format(Locale.ROOT, "%.6f", credit.value()))
					.append('\n');
			}
		}
		return csv.toString();
	}

	private static String csvField(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static List<String> modelNames(String list) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : list.split(",")) {
			String trimmed = name.trim();
			if (!MODELS.contains(trimmed)) {
				throw new CliUsageException(
						"unknown model '" + trimmed + "' (known: " + String.join(",", MODELS) + ")");
			}
			names.add(trimmed);
		}
		return new ArrayList<>(names);
	}

	private static ShapleyModel.Worth worth(String text) {
		switch (text) {
			case "conversions":
				return ShapleyModel.Worth.CONVERSIONS;
			case "conversion-rate":
				return ShapleyModel.Worth.CONVERSION_RATE;
			default:
				throw new CliUsageException(
						"option '--shapley-worth' must be conversions or conversion-rate, got '" + text + "'");
		}
	}

	/**
	 * {@code --position 40,40}: percent of the credit for the first and the last touch.
	 */
	private static PositionBasedModel position(String text) {
		String[] parts = text.split(",");
		try {
			if (parts.length == 2) {
				double first = Double.parseDouble(parts[0].trim());
				double last = Double.parseDouble(parts[1].trim());
				if (first > 0 && last > 0 && first + last <= 100) {
					return new PositionBasedModel(first / 100, last / 100);
				}
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CliUsageException("option '--position' takes FIRST,LAST in percent, both positive, summing to at most"
				+ " 100 (e.g. 40,40), got '" + text + "'");
	}

	static AttributionModel model(String name, int markovOrder, Duration halfLife, Duration touchInterval,
			String direct, ShapleyModel.Worth worth, PositionBasedModel position) {
		switch (name) {
			case "first":
				return new FirstTouchModel();
			case "last":
				return new LastTouchModel();
			case "last-non-direct":
				return new LastNonDirectModel(direct);
			case "linear":
				return new LinearModel();
			case "time-decay":
				return new TimeDecayModel(halfLife, touchInterval);
			case "position":
				return position;
			case "w-shaped":
				return new WShapedModel();
			case "markov":
				return new MarkovModel(markovOrder);
			case "shapley":
				return new ShapleyModel(worth);
			default:
				throw new CliUsageException("unknown model '" + name + "'");
		}
	}

}
