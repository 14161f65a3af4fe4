package com.marketingplanner.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.cli.AnalyticsCli;

/**
 * A run of a command line in this JVM: exit code, standard output and standard error.
 */
public record Run(int status, String out, String err) {

	/** The Spark job with the shared local session. */
	public static Run spark(String... args) {
		return spark(LocalSpark::session, args);
	}

	public static Run spark(Supplier<SparkSession> session, String... args) {
		return capture((out, err) -> PlannerSpark.run(args, out, err, session));
	}

	/** The analytics command line (planner-analytics-cli.jar) with the same arguments. */
	public static Run cli(String... args) {
		return capture((out, err) -> AnalyticsCli.withAllCommands().execute(args, out, err));
	}

	/** Command line words, with arrays of words spliced in. */
	public static String[] args(Object... words) {
		List<String> all = new ArrayList<>();
		for (Object word : words) {
			if (word instanceof String[] array) {
				all.addAll(List.of(array));
			}
			else {
				all.add((String) word);
			}
		}
		return all.toArray(String[]::new);
	}

	private static Run capture(Command command) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private interface Command {

		int run(PrintStream out, PrintStream err);

	}

}
