package com.marketingplanner.spark.attribution;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.io.IsoTimestamps;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.PathCount;
import com.marketingplanner.analytics.journey.PathCsvReader;
import com.marketingplanner.analytics.journey.PathCsvWriter;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;
import com.marketingplanner.spark.Credits;
import com.marketingplanner.spark.Run;
import com.marketingplanner.spark.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job gives the command line's attribution — every model, every channel — on
 * the same touchpoints, when they are split into many files and input splits with every
 * user's touches spread over several of them, with 5 partitions.
 */
class AttributionJobTest {

	@TempDir
	static Path dir;

	/** The touchpoints as 7 files (users straddle them). */
	static Path parts;

	/** The same rows as one file, in input order: what the command line reads. */
	static Path whole;

	@BeforeAll
	static void touchpoints() {
		Path source = TouchpointData.write(dir.resolve("touchpoints.csv"), 1500, 11);
		parts = dir.resolve("parts");
		whole = TestFiles.split(source, parts, 7, 3);
	}

	@Test
	void everyModelAndChannelEqualsTheCommandLineOnTouchpointsSplitOverFiles() {
		String[] options = { "--lookback", "7d", "--half-life", "2d" };
		Run spark = Run.spark(Run.args("attribution", "--touchpoints", parts.toString(), "--partitions", "5", options));
		Run cli = Run.cli(Run.args("attribution", "--touchpoints", whole.toString(), options));
		assertThat(cli.status()).as(cli.err()).isZero();
		assertThat(spark.status()).as(spark.err()).isZero();
		assertThat(Credits.models(spark.out())).containsExactlyElementsOf(AttributionSettings.MODELS);
		Credits.assertSame(spark.out(), cli.out());
		assertThat(spark.err()).contains("planner-spark attribution: ")
			.contains(" touchpoints of 1,500 users")
			.contains("8 channels");
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4 })
	void higherOrderMarkovEqualsTheCommandLine(int order) {
		String[] options = { "--models", "markov,shapley", "--markov-order", String.valueOf(order) };
		Run spark = Run.spark(Run.args("attribution", "--touchpoints", parts.toString(), options));
		Run cli = Run.cli(Run.args("attribution", "--touchpoints", whole.toString(), options));
		assertThat(spark.status()).as(spark.err()).isZero();
		Credits.assertSame(spark.out(), cli.out());
	}

	@Test
	void writesThePathAggregateOfTheCommandLinesJourneys() throws IOException {
		Path pathsOut = dir.resolve("out/paths.csv");
		Run spark = Run.spark("attribution", "--touchpoints", parts.toString(), "--lookback", "7d", "--models",
				"linear", "--paths-out", pathsOut.toString());
		assertThat(spark.status()).as(spark.err()).isZero();

		PathTable expected = new JourneyBuilder(Duration.ofDays(7)).build(TouchpointCsvReader.read(whole))
			.toPathTable();
		StringBuilder expectedCsv = new StringBuilder();
		PathCsvWriter.write(expected, expectedCsv);
		assertThat(pathsOut).hasContent(expectedCsv.toString());
		try (var written = Files.list(pathsOut.getParent())) {
			assertThat(written).as("nothing but the file").containsExactly(pathsOut);
		}

		// the aggregate is the command line's --paths input and gives the same credits
		Run fromPaths = Run.cli("attribution", "--paths", pathsOut.toString(), "--models",
				"first,last,linear,position,w-shaped,markov,shapley");
		Run fromTouchpoints = Run.cli("attribution", "--touchpoints", whole.toString(), "--lookback", "7d", "--models",
				"first,last,linear,position,w-shaped,markov,shapley");
		Credits.assertSame(fromPaths.out(), fromTouchpoints.out());
		PathTable reread = PathCsvReader.read(CsvReader.of("paths.csv", new StringReader(Files.readString(pathsOut))));
		assertThat(reread.size()).isEqualTo(expected.size());
		assertThat(PathCount.rowsOf(reread)).hasSameSizeAs(PathCount.rowsOf(expected));
	}

	@Test
	void aPeriodKeepsTheTouchpointsOfItsDaysInItsTimeZoneAsTheAppReadsThem() throws IOException {
		// 2025-02-01 .. 2025-03-15 in Shanghai: from 2025-01-31T16:00Z to
		// 2025-03-15T16:00Z
		long from = Instant.parse("2025-01-31T16:00:00Z").toEpochMilli();
		long to = Instant.parse("2025-03-15T16:00:00Z").toEpochMilli();
		List<String> lines = Files.readAllLines(whole);
		StringBuilder inPeriod = new StringBuilder(lines.get(0)).append('\n');
		for (String line : lines.subList(1, lines.size())) {
			long time = IsoTimestamps.epochMillis(line.split(",")[1], CsvReader.row("whole.csv", 0, line));
			if (time >= from && time < to) {
				inPeriod.append(line).append('\n');
			}
		}
		Path periodFile = TestFiles.write(dir.resolve("period.csv"), inPeriod.toString());
		Run spark = Run.spark("attribution", "--touchpoints", parts.toString(), "--from", "2025-02-01", "--to",
				"2025-03-15", "--time-zone", "Asia/Shanghai");
		Run cli = Run.cli("attribution", "--touchpoints", periodFile.toString());
		assertThat(spark.status()).as(spark.err()).isZero();
		assertThat(inPeriod.length()).isLessThan(Files.readString(whole).length() / 2);
		Credits.assertSame(spark.out(), cli.out());
	}

	@Test
	void theCommandLinesGeneratedJourneysGiveItsAnswer(@TempDir Path generated) {
		Path paths = generated.resolve("paths.csv");
		Path touchpoints = generated.resolve("tp.csv");
		Run generate = Run.cli("generate-journeys", "--journeys", "3000", "--seed", "42", "--out", paths.toString(),
				"--touchpoints-out", touchpoints.toString());
		assertThat(generate.status()).as(generate.err()).isZero();
		Path split = generated.resolve("split");
		Path inOrder = TestFiles.split(touchpoints, split, 4, 9);
		Run spark = Run.spark("attribution", "--touchpoints", split.toString(), "--partitions", "3");
		Run cli = Run.cli("attribution", "--touchpoints", inOrder.toString());
		assertThat(spark.status()).as(spark.err()).isZero();
		Credits.assertSame(spark.out(), cli.out());
	}

}
