package com.marketingplanner.analytics.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.funnel.FunnelEventGenerator;
import com.marketingplanner.analytics.io.CsvInputException;

/**
 * {@code generate-events}: writes the deterministic synthetic events of
 * {@link FunnelEventGenerator} as CSV {@code user_id,timestamp,event} to a file and
 * prints one summary line. Steps of the benchmark funnel: view,cart,checkout,pay,review.
 */
final class GenerateEventsCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("users", "events", "seed", "out");

	@Override
	public String name() {
		return "generate-events";
	}

	@Override
	public String usage() {
		return "usage: generate-events --users N --events M --seed S --out events.csv\n"
				+ "  Same N, M, S give the same file. Event names: "
				+ String.join(",", FunnelEventGenerator.EVENT_NAMES)
				+ "\n  (the first five are the benchmark funnel's steps).";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS);
		int users = options.positiveInt("users", null);
		int events = options.positiveInt("events", null);
		long seed = options.wholeNumber("seed", 1);
		Path file = Path.of(options.text("out"));
		FunnelEventGenerator generator = new FunnelEventGenerator(users, events, seed);
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			generator.writeCsv(writer);
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new CsvInputException(file.toString(), 0, "cannot write the file: " + ex.getMessage());
		}
		out.println("wrote " + events + " events of " + users + " users (seed " + seed + ") to " + file);
		return 0;
	}

}
