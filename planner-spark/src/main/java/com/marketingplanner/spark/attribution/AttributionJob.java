package com.marketingplanner.spark.attribution;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.analytics.cli.CliCommand;
import com.marketingplanner.analytics.cli.CliUsageException;
import com.marketingplanner.analytics.cli.CommandLineOptions;
import com.marketingplanner.analytics.journey.PathCsvWriter;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.spark.job.JobOptions;
import com.marketingplanner.spark.job.OutputFile;
import com.marketingplanner.spark.job.Period;
import com.marketingplanner.spark.job.UserJob;

/**
 * {@code attribution} on a cluster: raw touchpoints are grouped by user where they are
 * read, cut into journeys with {@code JourneyBuilder}'s lookback rule on each partition,
 * and only the path aggregate (and time-decay credits) travel to the driver, where every
 * model runs on the merged aggregate exactly as in the command line
 * ({@link AttributionSettings}: same options, same output). {@code --paths-out} also
 * writes the merged path aggregate in ChannelAttribution's format, the input of the app's
 * path import and of the command line's {@code attribution --paths}.
 */
public final class AttributionJob implements CliCommand {

	private static final Set<String> OPTIONS = JobOptions.with(AttributionSettings.OPTIONS, Period.OPTIONS,
			"touchpoints", "paths", "paths-out");

	private final Supplier<SparkSession> spark;

	public AttributionJob(Supplier<SparkSession> spark) {
		this.spark = spark;
	}

	@Override
	public String name() {
		return "attribution";
	}

	@Override
	public String usage() {
		return String.join(System.lineSeparator(), "usage: attribution --touchpoints FILES [options]",
				"  --touchpoints FILES   raw touches: user_id,timestamp,channel,conversion_value (CSV or Parquet)",
				"                        (ISO-8601 timestamps; empty value = plain touch, a number = conversion)",
				"  --paths-out FILE      also write the path aggregate: path,total_conversions,"
						+ "total_conversion_value,total_null",
				String.join(System.lineSeparator(), AttributionSettings.USAGE),
				String.join(System.lineSeparator(), Period.USAGE),
				String.join(System.lineSeparator(), JobOptions.USAGE));
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		return run(arguments, out, System.err);
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS).noPositional();
		if (options.has("paths")) {
			throw new CliUsageException("this job builds the path aggregate from --touchpoints; an aggregate is small"
					+ " enough for one machine: java -jar planner-analytics-cli.jar attribution --paths FILE");
		}
		String input = options.text("touchpoints");
		AttributionSettings settings = AttributionSettings.from(options);
		Period period = Period.from(options);
		String format = JobOptions.format(options);
		Integer partitions = JobOptions.partitions(options);
		String pathsOut = options.has("paths-out") ? options.text("paths-out") : null;
		String target = JobOptions.out(options);

		SparkSession session = this.spark.get();
		boolean timeDecay = settings.includes(JourneyAggregate.TIME_DECAY);
		UserJob.Result<JourneyAggregate> run = UserJob.run(session, "attribution " + input, input, format,
				TouchpointRows.ROWS, Period.keeping(period, TouchpointRows::read), partitions,
				new UserJob.Aggregation<>(new JourneyAggregation(settings.lookback(), settings.halfLife(),
						settings.touchInterval(), timeDecay), JourneyAggregate.empty(), JourneyAggregate::merge));

		JourneyAggregate aggregate = run.aggregate();
		PathTable paths = aggregate.paths();
		List<AttributionResult> results = settings.attribute(paths, timeDecay ? aggregate.timeDecay() : null,
				run.input());
		if (pathsOut != null) {
			OutputFile.write(session, pathsOut, (writer) -> PathCsvWriter.write(paths, writer));
		}
		JobOptions.emit(AttributionSettings.toCsv(results), target, session, out);
		err.println(String.format(Locale.ROOT,
				"planner-spark attribution: %,d touchpoints of %,d users, %,d journeys, %,d distinct paths,"
						+ " %d channels; %s",
				aggregate.touchpoints(), aggregate.users(), aggregate.journeys(), paths.size(), paths.channels().size(),
				run.figures().summary()));
		return 0;
	}

}
