package com.marketingplanner.spark.funnel;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.cli.CliCommand;
import com.marketingplanner.analytics.cli.CommandLineOptions;
import com.marketingplanner.analytics.cli.FunnelSettings;
import com.marketingplanner.analytics.funnel.FunnelAggregate;
import com.marketingplanner.analytics.funnel.FunnelResult;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.spark.job.JobOptions;
import com.marketingplanner.spark.job.Period;
import com.marketingplanner.spark.job.UserJob;

/**
 * {@code funnel} on a cluster: events are grouped by user where they are read, each
 * partition computes its users' furthest steps with the analytics module's
 * {@code EventFunnel}, and only the funnel aggregates (users per level) travel and merge.
 * Same options and output as the command line ({@link FunnelSettings}).
 */
public final class FunnelJob implements CliCommand {

	private static final Set<String> OPTIONS = JobOptions.with(FunnelSettings.OPTIONS, Period.OPTIONS, "events");

	private final Supplier<SparkSession> spark;

	public FunnelJob(Supplier<SparkSession> spark) {
		this.spark = spark;
	}

	@Override
	public String name() {
		return "funnel";
	}

	@Override
	public String usage() {
		return String.join(System.lineSeparator(),
				"usage: funnel --events FILES --steps a,b,c [--window 14d] [--step-windows 0,1d,14d]",
				"              [--order loose|strict|any] [--breakdown-column COLUMN [--breakdown-from first|reached]]",
				"  FILES have the columns user_id,timestamp,event (CSV or Parquet; ISO-8601 timestamps, any row order).",
				"  The window is inclusive and measured from step 1 (units d, h, m, s or ISO-8601 like PT36H);",
				"  --step-windows gives one bound per step, from step 1 to that step (the first is ignored).",
				"  Prints CSV step,event,users,step_rate,cumulative_rate.",
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
		String input = options.text("events");
		FunnelSettings settings = FunnelSettings.from(options);
		Period period = Period.from(options);
		String format = JobOptions.format(options);
		Integer partitions = JobOptions.partitions(options);
		String target = JobOptions.out(options);
		FunnelSpec spec = settings.spec();

		SparkSession session = this.spark.get();
		UserJob.Result<FunnelAggregate> run = UserJob.run(session, "funnel " + input, input, format,
				EventRows.rows(settings.breakdownColumn()), Period.keeping(period, EventRows.keeping(spec.steps())),
				partitions, new UserJob.Aggregation<>(new FunnelAggregation(spec), new FunnelAggregate(spec.steps()),
						FunnelAggregation::merge));

		FunnelAggregate aggregate = run.aggregate();
		FunnelResult result = aggregate.toResult(spec.breakdown());
		String lineEnd = System.lineSeparator();
		JobOptions.emit(String.join(lineEnd, settings.toCsvLines(result)) + lineEnd, target, session, out);
		long[] reaching = aggregate.usersReaching();
		err.println(String.format(Locale.ROOT, "planner-spark funnel: %,d users reached step 1, %,d the last step; %s",
				reaching[0], reaching[reaching.length - 1], run.figures().summary()));
		return 0;
	}

}
