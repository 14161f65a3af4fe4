package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import com.marketingplanner.analytics.attribution.AttributionModel;
import com.marketingplanner.analytics.attribution.MarkovModel;
import com.marketingplanner.analytics.attribution.TransitionCounts;
import com.marketingplanner.analytics.bench.JourneyGenerator;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathCsvReader;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointLog;

/**
 * {@code benchmark}: wall-clock timings of the attribution pipeline in this JVM, after
 * warm-up runs (so that the JIT has compiled the hot code). Not a JMH harness: the
 * numbers are medians of a few runs on whatever else the machine is doing; see
 * docs/performance.md.
 * <ul>
 * <li>{@code benchmark attribution --paths FILE}: read the path CSV, then every heuristic
 * model, Markov order 1 and Shapley; then Markov orders 2..4 separately;</li>
 * <li>{@code benchmark journeys --journeys N --seed S}: generate N journeys in memory as
 * shuffled touchpoints, then time building journeys and aggregating them to paths.</li>
 * </ul>
 */
final class AttributionBenchmarkCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("paths", "journeys", "seed", "warmup", "runs", "markov-orders");

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String usage() {
		return String.join(System.lineSeparator(),
				"usage: benchmark attribution --paths FILE.csv [--warmup 5] [--runs 5] [--markov-orders 2,3,4]",
				"       benchmark journeys --journeys N --seed S [--warmup 3] [--runs 5]",
				"  prints, per step after warm-up runs, the median and min wall-clock time and the median CPU time",
				"  of the measuring thread");
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.isEmpty()) {
			throw new CliUsageException("say what to benchmark: attribution or journeys");
		}
		String what = arguments.get(0);
		CommandLineOptions options = CommandLineOptions.parse(arguments.subList(1, arguments.size()), OPTIONS)
			.noPositional();
		int warmup = (int) options.wholeNumber("warmup", 5, 0, 1000);
		int runs = (int) options.wholeNumber("runs", 5, 1, 1000);
		switch (what) {
			case "attribution":
				List<Integer> orders = new ArrayList<>();
				for (String order : options.text("markov-orders", "2,3,4").split(",")) {
					orders.add(markovOrder(order.trim()));
				}
				attribution(options.path("paths"), orders, warmup, runs, out);
				return 0;
			case "journeys":
				options.required("journeys");
				journeys((int) options.wholeNumber("journeys", 0, 1, 50_000_000),
						options.wholeNumber("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), warmup, runs, out);
				return 0;
			default:
				throw new CliUsageException("unknown benchmark '" + what + "' (known: attribution, journeys)");
		}
	}

	private void attribution(Path file, List<Integer> markovOrders, int warmup, int runs, PrintStream out) {
		List<AttributionModel> models = new ArrayList<>();
		AttributionSettings defaults = AttributionSettings
			.from(CommandLineOptions.parse(List.of(), AttributionSettings.OPTIONS));
		for (String name : AttributionSettings.MODELS) {
			models.add(defaults.model(name));
		}
		printLoad(out);
		PathTable table = PathCsvReader.read(file);
		out.printf(Locale.ROOT, "input: %s, %d unique paths, %d touches, %.0f conversions, %.0f nulls, %d channels%n",
				file, table.size(), table.touchCount(), table.totalConversions(), table.totalNulls(),
				table.channels().size());
		Timer readAndAll = new Timer("read CSV + all 9 models (Markov order 1, Shapley)");
		Timer read = new Timer("read CSV");
		List<Timer> modelTimers = new ArrayList<>();
		for (AttributionModel model : models) {
			modelTimers.add(new Timer("  " + model.name()));
		}
		for (int run = 0; run < warmup + runs; run++) {
			boolean measured = run >= warmup;
			readAndAll.start();
			read.start();
			PathTable paths = PathCsvReader.read(file);
			read.stop(measured);
			for (int m = 0; m < models.size(); m++) {
				modelTimers.get(m).start();
				models.get(m).attribute(paths);
				modelTimers.get(m).stop(measured);
			}
			readAndAll.stop(measured);
		}
		readAndAll.print(out);
		read.print(out);
		modelTimers.forEach((timer) -> timer.print(out));
		for (int k : markovOrders) {
			MarkovModel markov = new MarkovModel(k);
			TransitionCounts counts = TransitionCounts.of(table, k);
			Timer timer = new Timer(String.format(Locale.ROOT, "markov order %d (%d states, %d transitions)", k,
					counts.stateCount(), counts.transitionCount()));
			for (int run = 0; run < Math.min(warmup, 2) + runs; run++) {
				timer.start();
				markov.attribute(table);
				timer.stop(run >= Math.min(warmup, 2));
			}
			timer.print(out);
		}
	}

	private static int markovOrder(String text) {
		try {
			int order = Integer.parseInt(text);
			if (order >= 1 && order <= 4) {
				return order;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CliUsageException("option '--markov-orders' takes orders 1..4, got '" + text + "'");
	}

	private void journeys(int count, long seed, int warmup, int runs, PrintStream out) {
		printLoad(out);
		TouchpointLog log = shuffledTouchpoints(count, seed);
		JourneyBuilder builder = new JourneyBuilder(Duration.ofDays(30));
		Timer build = new Timer("build journeys");
		Timer aggregate = new Timer("aggregate journeys to paths");
		Journeys journeys = null;
		for (int run = 0; run < warmup + runs; run++) {
			build.start();
			journeys = builder.build(log);
			build.stop(run >= warmup);
			aggregate.start();
			journeys.toPathTable();
			aggregate.stop(run >= warmup);
		}
		out.printf(Locale.ROOT, "input: %d touchpoints of %d users in random order -> %d journeys%n", log.size(),
				log.userCount(), journeys.count());
		build.print(out);
		out.printf(Locale.ROOT, "  = %.1f million touchpoints/s (median)%n", log.size() / build.median() / 1e6);
		aggregate.print(out);
	}

	private static void printLoad(PrintStream out) {
		out.printf(Locale.ROOT, "machine: %d processors, load average %.2f, max heap %d MiB%n",
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().maxMemory() >> 20);
	}

	/** The generator's touches, in a random (seeded) order, as a touchpoint log. */
	static TouchpointLog shuffledTouchpoints(int count, long seed) {
		int[][] users = { new int[1 << 20] };
		long[][] times = { new long[1 << 20] };
		int[][] channels = { new int[1 << 20] };
		double[][] values = { new double[1 << 20] };
		int[] size = { 0 };
		new JourneyGenerator().generate(count, seed, (journey, epochSeconds, channel, value) -> {
			if (size[0] == users[0].length) {
				users[0] = java.util.Arrays.copyOf(users[0], size[0] * 2);
				times[0] = java.util.Arrays.copyOf(times[0], size[0] * 2);
				channels[0] = java.util.Arrays.copyOf(channels[0], size[0] * 2);
				values[0] = java.util.Arrays.copyOf(values[0], size[0] * 2);
			}
			users[0][size[0]] = journey;
			times[0][size[0]] = epochSeconds * 1000;
			channels[0][size[0]] = channel;
			values[0][size[0]++] = value;
		});
		int[] order = new int[size[0]];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		TouchpointLog.Builder log = TouchpointLog.builder();
		JourneyGenerator.CHANNELS.forEach(log.channels()::idOf);
		for (int i : order) {
			log.add(users[0][i], times[0][i], channels[0][i], values[0][i]);
		}
		return log.build();
	}

	/**
	 * Collects measured durations of one step: wall-clock time, and the CPU time of the
	 * measuring thread (all the work is single-threaded, so on an idle machine the two
	 * agree; on a shared machine the CPU time shows the cost without the waiting for a
	 * core).
	 */
	private static final class Timer {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		private final String label;

		private final List<Long> wallNanos = new ArrayList<>();

		private final List<Long> cpuNanos = new ArrayList<>();

		private long wallStart;

		private long cpuStart;

		Timer(String label) {
			this.label = label;
		}

		void start() {
			this.cpuStart = THREADS.getCurrentThreadCpuTime();
			this.wallStart = System.nanoTime();
		}

		void stop(boolean measured) {
			long wall = System.nanoTime() - this.wallStart;
			long cpu = THREADS.getCurrentThreadCpuTime() - this.cpuStart;
			if (measured) {
				this.wallNanos.add(wall);
				this.cpuNanos.add(cpu);
			}
		}

		/** Median wall-clock time in seconds. */
		double median() {
			return median(this.wallNanos) / 1e9;
		}

		private static long median(List<Long> nanos) {
			List<Long> sorted = new ArrayList<>(nanos);
			sorted.sort(null);
			return sorted.get(sorted.size() / 2);
		}

		void print(PrintStream out) {
			long min = this.wallNanos.stream().mapToLong(Long::longValue).min().orElse(0);
			out.printf(Locale.ROOT,
					"%-52s wall median %8.1f ms  min %8.1f ms | thread CPU median %8.1f ms  (%d runs)%n", this.label,
					median() * 1e3, min / 1e6, median(this.cpuNanos) / 1e6, this.wallNanos.size());
		}

	}

}
