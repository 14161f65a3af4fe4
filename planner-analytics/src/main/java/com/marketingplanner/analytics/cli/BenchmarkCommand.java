package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code benchmark <what> [options]}: the benchmarks behind docs/performance.md, chosen
 * by their first word — {@code funnel} ({@link FunnelBenchmarkCommand}),
 * {@code attribution} and {@code journeys} ({@link AttributionBenchmarkCommand}).
 */
final class BenchmarkCommand implements CliCommand {

	private final CliCommand funnel = new FunnelBenchmarkCommand();

	private final CliCommand attribution = new AttributionBenchmarkCommand();

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String usage() {
		return this.attribution.usage() + System.lineSeparator() + this.funnel.usage();
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.isEmpty()) {
			throw new CliUsageException("say what to benchmark: attribution, journeys or funnel");
		}
		return switch (arguments.get(0)) {
			case "funnel" -> this.funnel.run(arguments, out);
			case "attribution", "journeys" -> this.attribution.run(arguments, out);
			default -> throw new CliUsageException(
					"unknown benchmark '" + arguments.get(0) + "' (known: attribution, journeys, funnel)");
		};
	}

}
