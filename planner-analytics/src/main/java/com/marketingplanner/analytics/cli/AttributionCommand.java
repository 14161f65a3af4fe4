package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathCsvReader;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;

/**
 * {@code attribution}: runs attribution models over aggregated paths ({@code --paths}) or
 * raw touchpoints ({@code --touchpoints}, split into journeys with the lookback window)
 * and prints CSV {@code model,channel,conversions,value}, models in the order asked,
 * channels by name. Everything is computed before the first line is printed. The options
 * other than the input are {@link AttributionSettings}.
 */
final class AttributionCommand implements CliCommand {

	static final List<String> MODELS = AttributionSettings.MODELS;

	private static final Set<String> OPTIONS = with(AttributionSettings.OPTIONS, "paths", "touchpoints");

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
				String.join(System.lineSeparator(), AttributionSettings.USAGE));
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS).noPositional();
		if (options.has("paths") == options.has("touchpoints")) {
			throw new CliUsageException("give exactly one of '--paths' and '--touchpoints'");
		}
		if (options.has("paths") && options.has("lookback")) {
			throw new CliUsageException(
					"option '--lookback' applies to --touchpoints only: aggregated paths are journeys already");
		}
		AttributionSettings settings = AttributionSettings.from(options);

		Journeys journeys = null;
		PathTable paths;
		Path input = options.path(options.has("paths") ? "paths" : "touchpoints");
		if (options.has("paths")) {
			paths = PathCsvReader.read(input);
		}
		else {
			journeys = new JourneyBuilder(settings.lookback()).build(TouchpointCsvReader.read(input));
			paths = journeys.toPathTable();
		}
		AttributionResult timeDecay = (journeys != null && settings.includes("time-decay"))
				? settings.timeDecay().attribute(journeys) : null;
		out.print(AttributionSettings.toCsv(settings.attribute(paths, timeDecay, input.toString())));
		return 0;
	}

	static Set<String> with(Set<String> options, String... more) {
		Set<String> all = new HashSet<>(options);
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

}
