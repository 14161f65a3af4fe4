package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.funnel.EventCsvReader;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelResult;

/**
 * {@code funnel}: the event funnel of a CSV of events, as CSV
 * {@code step,event,users,step_rate,cumulative_rate} (step 1-based; an undefined rate is
 * an empty field). With {@code --breakdown-column} a first column {@code breakdown} is
 * added: the overall funnel under {@code *}, then one block per value. The options other
 * than the input are {@link FunnelSettings}.
 */
final class FunnelCommand implements CliCommand {

	private static final Set<String> OPTIONS = AttributionCommand.with(FunnelSettings.OPTIONS, "events");

	@Override
	public String name() {
		return "funnel";
	}

	@Override
	public String usage() {
		return "usage: funnel --events FILE.csv --steps a,b,c [--window 14d] [--step-windows 0,1d,14d]\n"
				+ "              [--order loose|strict|any] [--breakdown-column COLUMN [--breakdown-from first|reached]]\n"
				+ "  FILE.csv has the columns user_id,timestamp,event (ISO-8601 timestamps, any row order).\n"
				+ "  The window is inclusive and measured from step 1 (units d, h, m, s or ISO-8601 like PT36H);\n"
				+ "  --step-windows gives one bound per step, from step 1 to that step (the first is ignored).\n"
				+ "  Prints CSV step,event,users,step_rate,cumulative_rate.";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS);
		Path events = Path.of(options.text("events"));
		FunnelSettings settings = FunnelSettings.from(options);
		EventLog log = EventCsvReader.read(events, settings.breakdownColumn());
		FunnelResult result = EventFunnel.analyse(log, settings.spec());
		settings.toCsvLines(result).forEach(out::println);
		return 0;
	}

}
