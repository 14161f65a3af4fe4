package com.marketingplanner.analytics.cli;

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
import com.marketingplanner.analytics.journey.PathTable;

/**
 * What the {@code attribution} command computes, read from its options: which models in
 * which order and their parameters. One home for the options' meaning, their checks and
 * the output format, shared by this command line and by other front ends of the same
 * command (planner-spark, which builds the path aggregate on a cluster).
 *
 * @param models model names in the order asked, without repeats
 * @param markovOrder 1..4
 * @param lookback journey lookback window (for raw touchpoints)
 */
public record AttributionSettings(List<String> models, int markovOrder, Duration lookback, PositionBasedModel position,
		Duration halfLife, Duration touchInterval, String direct, ShapleyModel.Worth worth) {

	/** Every model, in the default order. */
	public static final List<String> MODELS = List.of("first", "last", "last-non-direct", "linear", "time-decay",
			"position", "w-shaped", "markov", "shapley");

	/** The option names these settings are read from (without "--"). */
	public static final Set<String> OPTIONS = Set.of("models", "markov-order", "lookback", "half-life",
			"touch-interval", "direct", "shapley-worth", "position");

	/** The usage lines of {@link #OPTIONS} and of the output. */
	public static final List<String> USAGE = List.of(
			"  --models LIST         comma-separated, default all: " + String.join(",", MODELS),
			"  --markov-order K      1..4, default 1",
			"  --lookback DURATION   journey lookback window for --touchpoints, default 30d",
			"  --position FIRST,LAST position-based shares of the first and last touch in percent, default 40,40",
			"  --half-life DURATION  time-decay half-life, default 7d",
			"  --touch-interval DURATION  time-decay spacing assumed between touches of --paths, default 1d",
			"  --direct NAME         channel treated as direct by last-non-direct, default direct",
			"  --shapley-worth W     conversions (default) or conversion-rate",
			"  durations: 30d, 12h, 90m, 45s or ISO-8601 (P30D)", "  output: CSV model,channel,conversions,value");

	public AttributionSettings {
		models = List.copyOf(models);
	}

	/**
	 * Reads the settings.
	 * @throws CliUsageException naming the option that is wrong
	 */
	public static AttributionSettings from(CommandLineOptions options) {
		List<String> models = modelNames(options.text("models", String.join(",", MODELS)));
		int markovOrder = (int) options.wholeNumber("markov-order", 1, 1, 4);
		Duration lookback = options.duration("lookback", Duration.ofDays(30));
		PositionBasedModel position = position(options.text("position", "40,40"));
		Duration halfLife = options.duration("half-life", TimeDecayModel.DEFAULT_HALF_LIFE);
		if (halfLife.isZero()) {
			throw new CliUsageException("option '--half-life' must be positive");
		}
		Duration touchInterval = options.duration("touch-interval", TimeDecayModel.DEFAULT_TOUCH_INTERVAL);
		String direct = options.text("direct", LastNonDirectModel.DEFAULT_DIRECT_CHANNEL);
		ShapleyModel.Worth worth = worth(options.text("shapley-worth", "conversions"));
		return new AttributionSettings(models, markovOrder, lookback, position, halfLife, touchInterval, direct, worth);
	}

	public boolean includes(String model) {
		return this.models.contains(model);
	}

	/** The time-decay model with these settings. */
	public TimeDecayModel timeDecay() {
		return new TimeDecayModel(this.halfLife, this.touchInterval);
	}

	/**
	 * Runs the models in the order asked.
	 * @param paths the path aggregate every model reads
	 * @param timeDecayOnJourneys time decay computed on the journeys' real touch times,
	 * or {@code null} to compute it on the paths (which carry no times)
	 * @param input the input as named on the command line, for error messages
	 * @throws CsvInputException {@code input:0: model: reason} when the data exceed what
	 * a model can do (e.g. too many channels for exact conversion-rate Shapley)
	 */
	public List<AttributionResult> attribute(PathTable paths, AttributionResult timeDecayOnJourneys, String input) {
		List<AttributionResult> results = new ArrayList<>();
		for (String modelName : this.models) {
			try {
				if (modelName.equals("time-decay") && timeDecayOnJourneys != null) {
					results.add(timeDecayOnJourneys);
				}
				else {
					results.add(model(modelName).attribute(paths));
				}
			}
			catch (IllegalArgumentException ex) {
				throw new CsvInputException(input, 0, modelName + ": " + ex.getMessage());
			}
		}
		return results;
	}

	/** The output: CSV {@code model,channel,conversions,value}, 6 decimals. */
	public static String toCsv(List<AttributionResult> results) {
		StringBuilder csv = new StringBuilder("model,channel,conversions,value\n");
		for (AttributionResult result : results) {
			for (ChannelCredit credit : result.credits()) {
				csv.append(result.model())
					.append(',')
					.append(CsvOutput.field(credit.channel()))
					.append(',')
					.append(String.format(Locale.ROOT, "%.6f", credit.conversions()))
					.append(',')
					.append(String.format(Locale.ROOT, "%.6f", credit.value()))
					.append('\n');
			}
		}
		return csv.toString();
	}

	AttributionModel model(String name) {
		switch (name) {
			case "first":
				return new FirstTouchModel();
			case "last":
				return new LastTouchModel();
			case "last-non-direct":
				return new LastNonDirectModel(this.direct);
			case "linear":
				return new LinearModel();
			case "time-decay":
				return timeDecay();
			case "position":
				return this.position;
			case "w-shaped":
				return new WShapedModel();
			case "markov":
				return new MarkovModel(this.markovOrder);
			case "shapley":
				return new ShapleyModel(this.worth);
			default:
				throw new CliUsageException("unknown model '" + name + "'");
		}
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

}
