package com.marketingplanner.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.cli.CliUsageException;
import com.marketingplanner.analytics.cli.CommandLineOptions;

/**
 * The options every job has beside its command line twin's: the input format, the number
 * of partitions to shuffle into, and where the result goes.
 */
public final class JobOptions {

	/** The option names (without "--"). */
	public static final Set<String> OPTIONS = Set.of("format", "partitions", "out");

	public static final List<String> USAGE = List.of(
			"  --format csv|parquet  input format, default: parquet when every file ends in .parquet, else csv",
			"  --partitions N        partitions to group users into, default spark.sql.shuffle.partitions",
			"  --out FILE            write the result CSV to FILE (any Hadoop path) instead of standard output",
			"  inputs: a file, a directory (its visible files), a glob, or several separated by commas;",
			"          local paths or any file system Hadoop reads (hdfs://, s3a://, …)");

	private JobOptions() {
	}

	/** The union of option name sets. */
	public static Set<String> with(Set<String> options, Set<String> more, String... names) {
		Set<String> all = new HashSet<>(options);
		all.addAll(more);
		all.addAll(List.of(names));
		all.addAll(OPTIONS);
		return Set.copyOf(all);
	}

	/** {@code --format}, or {@code null} to tell the format by the file names. */
	public static String format(CommandLineOptions options) {
		return options.has("format") ? options.choice("format", "csv", "csv", "parquet") : null;
	}

	/** {@code --partitions}, or {@code null} for Spark's default. */
	public static Integer partitions(CommandLineOptions options) {
		return options.has("partitions") ? options.positiveInt("partitions", null) : null;
	}

	/**
	 * Checks {@code --out} before any work, so that a bad command line is known at once.
	 */
	public static String out(CommandLineOptions options) {
		if (options.has("out") && options.text("out").isBlank()) {
			throw new CliUsageException("option '--out' needs a file");
		}
		return options.has("out") ? options.text("out") : null;
	}

	/**
	 * Prints the whole result, or writes it to {@code target} when given; either only
	 * once everything is computed.
	 */
	public static void emit(String csv, String target, SparkSession spark, PrintStream out) {
		if (target == null) {
			out.print(csv);
			out.flush();
			return;
		}
		OutputFile.write(spark, target, (writer) -> writer.write(csv));
	}

	/** Writes the text of a file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(java.io.Writer writer) throws IOException;

	}

}
