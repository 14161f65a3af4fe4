package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.funnel.BreakdownSource;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelReport;
import com.marketingplanner.analytics.funnel.FunnelResult;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.analytics.funnel.StepRate;

/**
 * {@code funnel}: the event funnel of a CSV of events, as CSV
 * {@code step,event,users,step_rate,cumulative_rate} (step 1-based; an undefined rate is
 * an empty field). With {@code --breakdown-column} a first column {@code breakdown} is
 * added: the overall funnel under {@code *}, then one block per value.
 */
final class FunnelCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("events", "steps", "window", "step-windows", "order",
			"breakdown-column", "breakdown-from");

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
		List<String> steps = options.list("steps");
		FunnelOrder order = FunnelOrder
			.valueOf(options.choice("order", "loose", "loose", "strict", "any").toUpperCase(Locale.ROOT));
		String breakdownColumn = options.has("breakdown-column") ? options.text("breakdown-column") : null;
		BreakdownSource source = null;
		if (breakdownColumn != null) {
			source = options.choice("breakdown-from", "first", "first", "reached").equals("first")
					? BreakdownSource.FIRST_STEP : BreakdownSource.REACHED_STEP;
		}
		else if (options.has("breakdown-from")) {
			throw new CliUsageException("--breakdown-from needs --breakdown-column");
		}
		FunnelSpec spec;
		try {
			spec = new FunnelSpec(steps, options.duration("window", FunnelSpec.DEFAULT_WINDOW),
					options.durations("step-windows"), order, source);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException(ex.getMessage());
		}
		EventLog log = EventCsv.read(events, breakdownColumn);
		FunnelResult result = EventFunnel.analyse(log, spec);

		List<String> lines = new ArrayList<>();
		if (breakdownColumn == null) {
			lines.add("step,event,users,step_rate,cumulative_rate");
			addRows(lines, null, result.overall());
		}
		else {
			lines.add("breakdown,step,event,users,step_rate,cumulative_rate");
			addRows(lines, "*", result.overall());
			for (Map.Entry<String, FunnelReport> entry : result.breakdown().entrySet()) {
				addRows(lines, entry.getKey(), entry.getValue());
			}
		}
		lines.forEach(out::println);
		return 0;
	}

	private static void addRows(List<String> lines, String breakdown, FunnelReport report) {
		for (StepRate step : report.steps()) {
			String row = (step.index() + 1) + "," + CsvOutput.field(step.name()) + "," + step.users() + ","
					+ CsvOutput.rate(step.stepRate()) + "," + CsvOutput.rate(step.cumulativeRate());
			lines.add((breakdown == null) ? row : CsvOutput.field(breakdown) + "," + row);
		}
	}

}
