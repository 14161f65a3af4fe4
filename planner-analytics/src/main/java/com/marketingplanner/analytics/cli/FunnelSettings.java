package com.marketingplanner.analytics.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.funnel.BreakdownSource;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelReport;
import com.marketingplanner.analytics.funnel.FunnelResult;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.analytics.funnel.StepRate;

/**
 * What the {@code funnel} command computes, read from its options, and its output. One
 * home for the options' meaning, their checks and the output format, shared by this
 * command line and by other front ends of the same command (planner-spark).
 *
 * @param spec the funnel
 * @param breakdownColumn the column whose value breaks the funnel down, or {@code null}
 */
public record FunnelSettings(FunnelSpec spec, String breakdownColumn) {

	/** The option names these settings are read from (without "--"). */
	public static final Set<String> OPTIONS = Set.of("steps", "window", "step-windows", "order", "breakdown-column",
			"breakdown-from");

	/**
	 * Reads the settings.
	 * @throws CliUsageException naming the option that is wrong
	 */
	public static FunnelSettings from(CommandLineOptions options) {
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
		try {
			return new FunnelSettings(new FunnelSpec(steps, options.duration("window", FunnelSpec.DEFAULT_WINDOW),
					options.durations("step-windows"), order, source), breakdownColumn);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException(ex.getMessage());
		}
	}

	/**
	 * The output: CSV {@code step,event,users,step_rate,cumulative_rate} (step 1-based;
	 * an undefined rate is an empty field); with a breakdown column a first column
	 * {@code breakdown}: the overall funnel under {@code *}, then one block per value.
	 */
	public List<String> toCsvLines(FunnelResult result) {
		List<String> lines = new ArrayList<>();
		if (this.breakdownColumn == null) {
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
		return lines;
	}

	private static void addRows(List<String> lines, String breakdown, FunnelReport report) {
		for (StepRate step : report.steps()) {
			String row = (step.index() + 1) + "," + CsvOutput.field(step.name()) + "," + step.users() + ","
					+ CsvOutput.rate(step.stepRate()) + "," + CsvOutput.rate(step.cumulativeRate());
			lines.add((breakdown == null) ? row : CsvOutput.field(breakdown) + "," + row);
		}
	}

}
