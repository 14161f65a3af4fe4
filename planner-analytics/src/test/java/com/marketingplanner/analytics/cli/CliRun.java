package com.marketingplanner.analytics.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: runs one command in-process and captures its exit code and streams. */
record CliRun(int status, String out, String err) {

	static CliRun of(CliCommand command, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new AnalyticsCli(List.of(command)).execute(args,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return this.out.lines().toList();
	}

}
