package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.io.CsvInputException;

/**
 * Entry point of {@code planner-analytics-cli.jar}:
 * {@code java -jar planner-analytics-cli.jar
 * <command> [options]}. Exit codes: 0 success, 1 bad input data (the message names file,
 * line and reason), 2 bad command line.
 */
public final class AnalyticsCli {

	private final List<CliCommand> commands;

	AnalyticsCli(List<CliCommand> commands) {
		this.commands = commands;
	}

	static AnalyticsCli withAllCommands() {
		return new AnalyticsCli(
				List.of(new AttributionCommand(), new FunnelCommand(), new OptimiseCommand(), new ForecastCommand(),
						new GenerateJourneysCommand(), new GenerateEventsCommand(), new BenchmarkCommand()));
	}

	public static void main(String[] args) {
		int status = withAllCommands().execute(args, System.out, System.err);
		System.out.flush();
		System.exit(status);
	}

	int execute(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
			printHelp(args.length == 0 ? err : out);
			return (args.length == 0) ? 2 : 0;
		}
		CliCommand command = this.commands.stream().filter((c) -> c.name().equals(args[0])).findFirst().orElse(null);
		if (command == null) {
			err.println("error: unknown command '" + args[0] + "'");
			printHelp(err);
			return 2;
		}
		List<String> arguments = Arrays.asList(args).subList(1, args.length);
		if (arguments.contains("--help")) {
			out.println(command.usage());
			return 0;
		}
		try {
			return command.run(arguments, out, err);
		}
		catch (CliUsageException ex) {
			err.println("error: " + ex.getMessage());
			err.println(command.usage());
			return 2;
		}
		catch (CsvInputException ex) {
			err.println("error: " + ex.getMessage());
			return 1;
		}
	}

	private void printHelp(PrintStream stream) {
		stream.println("usage: java -jar planner-analytics-cli.jar <command> [options]");
		stream.println("commands:");
		for (CliCommand command : this.commands) {
			stream.println("  " + command.name());
		}
		stream.println("run '<command> --help' for the options of one command");
	}

}
