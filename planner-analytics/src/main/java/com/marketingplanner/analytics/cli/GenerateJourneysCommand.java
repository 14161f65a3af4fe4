package com.marketingplanner.analytics.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.analytics.bench.JourneyGenerator;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * {@code generate-journeys}: writes deterministic synthetic journeys
 * ({@link JourneyGenerator}) as aggregated paths and, optionally, as raw touchpoints.
 * Prints a one-line summary.
 */
final class GenerateJourneysCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("journeys", "seed", "out", "touchpoints-out");

	@Override
	public String name() {
		return "generate-journeys";
	}

	@Override
	public String usage() {
		return String.join(System.lineSeparator(),
				"usage: generate-journeys --journeys N --seed S --out paths.csv [--touchpoints-out touchpoints.csv]",
				"  writes N deterministic synthetic journeys (12 channels) as ChannelAttribution paths",
				"  and optionally as raw touchpoints user_id,timestamp,channel,conversion_value");
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS).noPositional();
		options.required("journeys");
		options.required("seed");
		int journeys = (int) options.wholeNumber("journeys", 0, 1, 50_000_000);
		long seed = options.wholeNumber("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
		Path pathsFile = options.path("out");
		Path touchpointsFile = options.has("touchpoints-out") ? options.path("touchpoints-out") : null;

		PathTable.Builder paths = PathTable.builder();
		JourneyGenerator.CHANNELS.forEach(paths.channels()::idOf);
		long[] touches = { 0 };
		try (Writer touchpoints = (touchpointsFile != null) ? open(touchpointsFile) : Writer.nullWriter()) {
			touchpoints.write("user_id,timestamp,channel,conversion_value\n");
			PathCollector collector = new PathCollector(paths);
			new JourneyGenerator().generate(journeys, seed, (journey, epochSeconds, channel, value) -> {
				collector.touch(journey, channel, value);
				touches[0]++;
				try {
					touchpoints.write("u" + journey + "," + Instant.ofEpochSecond(epochSeconds) + ","
							+ JourneyGenerator.CHANNELS.get(channel) + "," + (Double.isNaN(value) ? "" : value) + "\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			collector.finish();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new CsvInputException(String.valueOf(touchpointsFile), 0,
					"cannot write the file: " + ex.getMessage());
		}
		PathTable table = paths.build();
		writePaths(table, pathsFile);
		out.printf(Locale.ROOT, "journeys=%d touchpoints=%d unique_paths=%d conversions=%.0f nulls=%.0f%n", journeys,
				touches[0], table.size(), table.totalConversions(), table.totalNulls());
		return 0;
	}

	private static Writer open(Path file) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
	}

	private static void writePaths(PathTable table, Path file) {
		try (Writer writer = open(file)) {
			writer.write("path,total_conversions,total_conversion_value,total_null\n");
			for (int p = 0; p < table.size(); p++) {
				writer.write(table.pathText(p) + "," + Math.round(table.conversions(p)) + ","
						+ String.format(Locale.ROOT, "%.2f", table.value(p)) + "," + Math.round(table.nulls(p)) + "\n");
			}
		}
		catch (IOException ex) {
			throw new CsvInputException(file.toString(), 0, "cannot write the file: " + ex.getMessage());
		}
	}

	/** Turns the generator's touch stream (journey by journey) into paths. */
	private static final class PathCollector {

		private final PathTable.Builder paths;

		private final int[] path = new int[64];

		private int length;

		private int journey = -1;

		private double value = Double.NaN;

		PathCollector(PathTable.Builder paths) {
			this.paths = paths;
		}

		void touch(int journey, int channel, double value) {
			if (journey != this.journey) {
				finish();
				this.journey = journey;
			}
			this.path[this.length++] = channel;
			if (!Double.isNaN(value)) {
				this.value = value;
			}
		}

		void finish() {
			if (this.length > 0) {
				boolean converted = !Double.isNaN(this.value);
				this.paths.add(this.path, 0, this.length, converted ? 1 : 0, converted ? this.value : 0,
						converted ? 0 : 1);
			}
			this.length = 0;
			this.value = Double.NaN;
		}

	}

}
