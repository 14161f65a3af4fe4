package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.io.CsvInputException;

/**
 * Entry point of {@code planner-analytics-cli.jar}:
 * {@code java -jar planner-analytics-cli.jar
 * <command> [options]}. Exit codes: 0 success, 1 bad input data (the message names file,
 * line and reason), 2 bad command line. Other front ends with their own commands
 * (planner-spark) run them through the same dispatcher, so that help, errors and exit
 * codes are the same.
 */
public final class AnalyticsCli {

	/** Exit code for bad input data. */
	public static final int BAD_INPUT = 1;

	/** Exit code for a command line that cannot be run. */
	public static final int BAD_COMMAND_LINE = 2;

	private final String program;

	private final List<CliCommand> commands;

	AnalyticsCli(List<CliCommand> commands) {
		this("java -jar planner-analytics-cli.jar", commands);
	}

	/**
	 * @param program how the program is started, for the help text (e.g.
	 * {@code planner-spark-local})
	 */
	public AnalyticsCli(String program, List<CliCommand> commands) {
		this.program = program;
		this.commands = List.copyOf(commands);
	}

	/** This command line with every command of planner-analytics. */
	public static AnalyticsCli withAllCommands() {
		return new AnalyticsCli(
				List.of(new AttributionCommand(), new FunnelCommand(), new OptimiseCommand(), new ForecastCommand(),
						new GenerateJourneysCommand(), new GenerateEventsCommand(), new BenchmarkCommand()));
	}

	public static void main(String[] args) {
		int status = withAllCommands().execute(args, System.out, System.err);
		System.out.flush();
		System.exit(status);
	}

	/**
	 * Runs the command named by {@code args[0]}.
	 * @return the exit code: 0 success, {@link #BAD_INPUT}, {@link #BAD_COMMAND_LINE}
	 */
	public int execute(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
			printHelp(args.length == 0 ? err : out);
			return (args.length == 0) ? BAD_COMMAND_LINE : 0;
		}
		CliCommand command = this.commands.stream().filter((c) -> c.name().equals(args[0])).findFirst().orElse(null);
		if (command == null) {
			err.println("error: unknown command '" + args[0] + "'");
			printHelp(err);
			return BAD_COMMAND_LINE;
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
			return BAD_COMMAND_LINE;
		}
		catch (CsvInputException ex) {
			err.println("error: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	private void printHelp(PrintStream stream) {
		stream.println("usage: " + this.program + " <command> [options]");
		stream.println("commands:");
		for (CliCommand command : this.commands) {
			stream.println("  " + command.name());
		}
		stream.println("run '<command> --help' for the options of one command");
	}

}
