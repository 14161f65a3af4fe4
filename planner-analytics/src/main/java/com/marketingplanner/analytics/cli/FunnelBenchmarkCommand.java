package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.analytics.funnel.EventCsvReader;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelEventGenerator;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelResult;
import com.marketingplanner.analytics.funnel.FunnelSpec;

/**
 * {@code benchmark funnel}: times {@link EventFunnel#analyse} on one thread over the
 * synthetic events of {@link FunnelEventGenerator} (held in memory; or a CSV file given
 * with {@code --events-file}, whose loading is timed separately), after warm-up runs.
 * Prints CSV
 * {@code phase,run,wall_millis,cpu_millis,events_per_second,events_per_cpu_second,users_at_last_step},
 * then a {@code median} row (medians of each column taken separately). The measured time
 * covers bucketing by user, sorting and scanning — everything after the events are in
 * memory. CPU time is the benchmark thread's CPU time plus the time spent in garbage
 * collection, so on a machine shared with other work — best with the JVM pinned to one
 * core ({@code taskset -c 0}) — events per CPU-second is the figure that measures the
 * code rather than the neighbours.
 */
final class FunnelBenchmarkCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("users", "events", "seed", "events-file", "window", "order",
			"warmup", "runs");

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String usage() {
		return "usage: benchmark funnel [--users 1000000] [--events 10000000] [--seed 1] [--events-file FILE.csv]\n"
				+ "                        [--window 14d] [--order loose|strict|any] [--warmup 3] [--runs 5]\n"
				+ "  Funnel steps: view,cart,checkout,pay,review. Prints CSV phase,run,wall_millis,cpu_millis,\n"
				+ "  events_per_second,events_per_cpu_second,users_at_last_step and a median row.";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS);
		if (!options.positional().equals(List.of("funnel"))) {
			throw new CliUsageException("benchmark what? the only benchmark is 'funnel'");
		}
		FunnelOrder order = FunnelOrder
			.valueOf(options.choice("order", "loose", "loose", "strict", "any").toUpperCase(Locale.ROOT));
		FunnelSpec spec = FunnelSpec.of(FunnelEventGenerator.STEPS)
			.withWindow(options.duration("window", FunnelSpec.DEFAULT_WINDOW))
			.withOrder(order);
		int warmup = options.nonNegativeInt("warmup", 3);
		int runs = options.positiveInt("runs", 5);
		List<String> lines = new ArrayList<>();
		lines.add("phase,run,wall_millis,cpu_millis,events_per_second,events_per_cpu_second,users_at_last_step");
		long loadStart = System.nanoTime();
		long loadCpuStart = cpuNanos();
		EventLog log;
		if (options.has("events-file")) {
			log = EventCsvReader.read(Path.of(options.text("events-file")), null);
			lines.add(row("load", 1, System.nanoTime() - loadStart, cpuNanos() - loadCpuStart, log.size(), -1));
		}
		else {
			log = new FunnelEventGenerator(options.positiveInt("users", 1_000_000),
					options.positiveInt("events", 10_000_000), options.wholeNumber("seed", 1))
				.toEventLog();
		}
		long[] wall = new long[runs];
		long[] cpu = new long[runs];
		for (int run = 1; run <= warmup + runs; run++) {
			long start = System.nanoTime();
			long cpuStart = cpuNanos();
			FunnelResult result = EventFunnel.analyse(log, spec);
			long nanos = System.nanoTime() - start;
			long cpuNanos = cpuNanos() - cpuStart;
			long[] users = result.overall().users();
			boolean isWarmup = run <= warmup;
			lines.add(row(isWarmup ? "warmup" : "measure", isWarmup ? run : run - warmup, nanos, cpuNanos, log.size(),
					users[users.length - 1]));
			if (!isWarmup) {
				wall[run - warmup - 1] = nanos;
				cpu[run - warmup - 1] = cpuNanos;
			}
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		lines.add(row("median", runs, wall[runs / 2], cpu[runs / 2], log.size(), -1));
		lines.forEach(out::println);
		return 0;
	}

	private static String row(String phase, int run, long nanos, long cpuNanos, int events, long lastStep) {
		return phase + "," + run + "," + CsvOutput.number(nanos / 1e6, 1) + "," + CsvOutput.number(cpuNanos / 1e6, 1)
				+ "," + CsvOutput.number(events / (nanos / 1e9), 0) + ","
				+ CsvOutput.number(events / (Math.max(cpuNanos, 1) / 1e9), 0) + ","
				+ ((lastStep < 0) ? "" : Long.toString(lastStep));
	}

	/**
	 * CPU time of this thread plus the time spent in garbage collection, from
	 * {@code java.lang.management} only (analytics depends on nothing outside
	 * {@code java.*}).
	 */
	private static long cpuNanos() {
		long gcMillis = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			gcMillis += Math.max(0, collector.getCollectionTime());
		}
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gcMillis * 1_000_000;
	}

}
