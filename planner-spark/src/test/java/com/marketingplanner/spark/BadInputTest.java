package com.marketingplanner.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Bad input gets the command line's answer — exit code 1 and {@code file:line: reason}
 * for the first bad row in input order, found wherever the row was read — and a bad
 * command line exit code 2 before any Spark work; neither prints a partial result.
 */
class BadInputTest {

	private static final String HEADER = "user_id,timestamp,channel,conversion_value";

	/** A session that must not be started: the command line is wrong. */
	private static final Supplier<SparkSession> NO_SPARK = () -> fail("Spark was started for a bad command line");

	@TempDir
	Path dir;

	@Test
	void aBadTimestampDeepInOneOfManyFilesIsReportedWithItsFileAndLineAsTheCommandLineDoes() {
		Path parts = this.dir.resolve("parts");
		touchpoints(parts.resolve("part-0.csv"), 400, -1, null);
		Path bad = touchpoints(parts.resolve("part-1.csv"), 600, 517, "2025-13-01T00:00:00Z");
		touchpoints(parts.resolve("part-2.csv"), 300, 20, "yesterday");
		Run spark = Run.spark("attribution", "--touchpoints", parts.toString());
		Run cli = Run.cli("attribution", "--touchpoints", bad.toString());
		assertThat(cli.err()).isEqualTo("error: " + bad + ":517: '2025-13-01T00:00:00Z' is not an ISO-8601 timestamp"
				+ " (timestamp)" + System.lineSeparator());
		assertThat(spark.status()).isEqualTo(1);
		assertThat(spark.err()).isEqualTo(cli.err());
		assertThat(spark.out()).isEmpty();
	}

	@Test
	void theFirstBadRowOfAFileWinsOverLaterOnes() {
		Path file = this.dir.resolve("one.csv");
		List<String> rows = rows(900);
		rows.set(700, "u7,2025-02-01T00:00:00Z,,");
		rows.set(300, "u3,2025-02-01T00:00:00Z,search,lots");
		TestFiles.write(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
		Run spark = Run.spark("attribution", "--touchpoints", file.toString());
		Run cli = Run.cli("attribution", "--touchpoints", file.toString());
		assertThat(cli.err()).contains(file + ":302: 'lots' is not a number (conversion_value)");
		assertThat(spark.status()).isEqualTo(1);
		assertThat(spark.err()).isEqualTo(cli.err());
	}

	@Test
	void headerProblemsAreReportedOnLineOneBeforeAnyJob() {
		Path noChannel = TestFiles.write(this.dir.resolve("a/no-channel.csv"),
				"user_id,timestamp,conversion_value\nu1,2025-01-01,\n");
		Path empty = TestFiles.write(this.dir.resolve("b/empty.csv"), "");
		for (Path file : List.of(noChannel, empty)) {
			Run spark = Run.spark("attribution", "--touchpoints", file.toString());
			Run cli = Run.cli("attribution", "--touchpoints", file.toString());
			assertThat(spark.status()).isEqualTo(1);
			assertThat(spark.err()).isEqualTo(cli.err()).contains(file + ":1: ");
		}
	}

	@Test
	void aMissingInputIsBadInputNamingIt() {
		Path missing = this.dir.resolve("nowhere/touchpoints.csv");
		Run spark = Run.spark("funnel", "--events", missing.toString(), "--steps", "a,b");
		assertThat(spark.status()).isEqualTo(1);
		assertThat(spark.err()).isEqualTo(
				"error: " + missing + ":0: cannot read the file: no such file or directory" + System.lineSeparator());
		assertThat(spark.out()).isEmpty();
	}

	@Test
	void aBadRowInACompressedFileIsFoundOnItsLine() throws IOException {
		List<String> rows = rows(300);
		rows.set(199, "u9,2025-02-01T00:00:00Z,search,1e999");
		Path file = this.dir.resolve("gz/touchpoints.csv.gz");
		Files.createDirectories(file.getParent());
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(
					(HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		Run spark = Run.spark("attribution", "--touchpoints", file.toString());
		assertThat(spark.status()).isEqualTo(1);
		assertThat(spark.err()).contains(file + ":201: '1e999' is not a finite number (conversion_value)");
	}

	@Test
	void dataBeyondAModelsLimitIsBadInputAsInTheCommandLine() {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int c = 0; c < 23; c++) {
			csv.append("u").append(c).append(",2025-01-01T00:00:00Z,channel-").append(c).append(",1\n");
		}
		Path file = TestFiles.write(this.dir.resolve("wide.csv"), csv.toString());
		String[] args = { "attribution", "--touchpoints", file.toString(), "--models", "shapley", "--shapley-worth",
				"conversion-rate" };
		Run spark = Run.spark(args);
		Run cli = Run.cli(args);
		assertThat(spark.status()).isEqualTo(1);
		assertThat(spark.err()).isEqualTo(cli.err()).contains(file + ":0: shapley: ");
	}

	@Test
	void aBadCommandLineIsRefusedWithTheCommandLinesMessageBeforeSparkStarts() {
		assertUsageError(Run.spark(NO_SPARK, "attribution", "--touchpoints", "tp.csv", "--models", "linear,magic"),
				"unknown model 'magic'", "usage: attribution --touchpoints");
		assertUsageError(Run.spark(NO_SPARK, "attribution", "--models", "linear"), "missing option '--touchpoints'",
				"usage: attribution");
		assertUsageError(Run.spark(NO_SPARK, "attribution", "--paths", "paths.csv"),
				"this job builds the path aggregate from --touchpoints", "attribution --paths FILE");
		assertUsageError(Run.spark(NO_SPARK, "attribution", "--touchpoints", "tp.csv", "--partitions", "0"),
				"option '--partitions' must be positive", "--partitions N");
		assertUsageError(Run.spark(NO_SPARK, "funnel", "--events", "e.csv", "--steps", "a,b", "--order", "sideways"),
				"option '--order' must be one of loose|strict|any", "usage: funnel");
		assertUsageError(Run.spark(NO_SPARK, "funnel", "--events", "e.csv", "--steps", "a,b", "--format", "xml"),
				"option '--format' must be one of csv|parquet", "usage: funnel");
		assertUsageError(Run.spark(NO_SPARK, "attribution", "--touchpoints", "tp.csv", "--from", "2026-01-01"),
				"give both '--from' and '--to'", "--time-zone ZONE");
		assertUsageError(Run.spark(NO_SPARK, "funnel", "--events", "e.csv", "--steps", "a", "--from", "2026-01-01",
				"--to", "2026-02-30"), "option '--to' needs a date like 2026-03-31, got '2026-02-30'", "usage: funnel");
		Run unknown = Run.spark(NO_SPARK, "forecast", "--series", "s.csv");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown command 'forecast'").contains("attribution").contains("funnel");
	}

	@Test
	void aFailureOfSparkItselfExitsWithThreeNamingTheCause() {
		Run run = Run.spark(() -> {
			throw new IllegalStateException("no cluster manager answers at spark://nowhere:7077");
		}, "funnel", "--events", "e.csv", "--steps", "a,b");
		assertThat(run.status()).isEqualTo(3);
		assertThat(run.err()).isEqualTo("error: the Spark job failed: IllegalStateException: no cluster manager"
				+ " answers at spark://nowhere:7077" + System.lineSeparator());
		assertThat(run.out()).isEmpty();
	}

	private static void assertUsageError(Run run, String message, String usage) {
		assertThat(run.status()).as(run.err()).isEqualTo(2);
		assertThat(run.err()).contains("error: " + message).contains(usage);
		assertThat(run.out()).isEmpty();
	}

	/** Good touchpoint rows of users u0.. over a few days. */
	private static List<String> rows(int count) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add("u" + (i % 37) + ",2025-01-0" + (1 + i % 9) + "T10:00:00Z,channel-" + (i % 5) + ","
					+ ((i % 7 == 0) ? "12.5" : ""));
		}
		return rows;
	}

	/**
	 * A file of {@code count} rows whose line {@code badLine} (1-based, the header is
	 * line 1) has the timestamp {@code badTimestamp}.
	 */
	private static Path touchpoints(Path file, int count, int badLine, String badTimestamp) {
		List<String> rows = rows(count);
		if (badLine > 1) {
			rows.set(badLine - 2, "u1," + badTimestamp + ",search,");
		}
		return TestFiles.write(file, HEADER + "\n" + String.join("\n", rows) + "\n");
	}

}
