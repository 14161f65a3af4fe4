package com.marketingplanner.analytics.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: runs the CLI in-process and keeps the exit code, stdout and stderr. */
record CliRun(int status, String out, String err) {

	/** Runs with every command registered, as {@code java -jar} does. */
	static CliRun of(String... args) {
		return run(AnalyticsCli.withAllCommands(), args);
	}

	/** Runs with only the given command registered. */
	static CliRun of(CliCommand command, String... args) {
		return run(new AnalyticsCli(List.of(command)), args);
	}

	private static CliRun run(AnalyticsCli cli, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return this.out.lines().toList();
	}

}
