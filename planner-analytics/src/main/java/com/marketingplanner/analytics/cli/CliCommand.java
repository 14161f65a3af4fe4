package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of {@link AnalyticsCli}. A command computes its whole result before it
 * prints anything to {@code out}, so that bad input never leaves a partial result behind.
 */
public interface CliCommand {

	/** The word that selects this command, e.g. {@code attribution}. */
	String name();

	/** Usage text printed by {@code --help} and after a usage error. */
	String usage();

	/**
	 * Runs the command.
	 * @param arguments the arguments after the command word
	 * @param out where the result goes (CSV)
	 * @return the process exit code (0 on success)
	 * @throws CliUsageException for unknown or missing options
	 * @throws com.marketingplanner.analytics.io.CsvInputException for bad input files
	 */
	int run(List<String> arguments, PrintStream out);

	/**
	 * Runs the command with a stream for diagnostics beside the result (for example the
	 * hold-out error of a forecast). Commands that report nothing besides their result
	 * need not override it.
	 * @param err where diagnostics go (stderr)
	 */
	default int run(List<String> arguments, PrintStream out, PrintStream err) {
		return run(arguments, out);
	}

}
