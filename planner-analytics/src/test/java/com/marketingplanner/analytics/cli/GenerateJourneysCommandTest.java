package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.PathCsvReader;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GenerateJourneysCommandTest {

	@TempDir
	Path dir;

	@Test
	void generatesTheSameFilesForTheSameSeed() throws IOException {
		CliRun first = generate("one", 2_000, 5);
		CliRun second = generate("two", 2_000, 5);
		CliRun other = generate("three", 2_000, 6);
		assertThat(first.status()).isZero();
		assertThat(first.out()).isEqualTo(second.out());
		assertThat(Files.readString(this.dir.resolve("one-paths.csv")))
			.isEqualTo(Files.readString(this.dir.resolve("two-paths.csv")));
		assertThat(Files.readString(this.dir.resolve("one-tp.csv")))
			.isEqualTo(Files.readString(this.dir.resolve("two-tp.csv")));
		assertThat(Files.readString(this.dir.resolve("three-paths.csv")))
			.isNotEqualTo(Files.readString(this.dir.resolve("one-paths.csv")));
	}

	@Test
	void touchpointsBuildIntoTheSamePathsAsThePathFile() throws IOException {
		generate("g", 5_000, 9);
		PathTable fromPaths = PathCsvReader.read(this.dir.resolve("g-paths.csv"));
		PathTable fromTouchpoints = new JourneyBuilder(Duration.ofDays(30))
			.build(TouchpointCsvReader.read(this.dir.resolve("g-tp.csv")))
			.toPathTable();
		assertThat(fromTouchpoints.size()).isEqualTo(fromPaths.size());
		assertThat(fromTouchpoints.totalConversions()).isEqualTo(fromPaths.totalConversions());
		assertThat(fromTouchpoints.totalNulls()).isEqualTo(fromPaths.totalNulls())
			.isEqualTo(5_000 - fromPaths.totalConversions());
		assertThat(fromTouchpoints.totalValue()).isCloseTo(fromPaths.totalValue(), within(0.01 * fromPaths.size()));
	}

	@Test
	void generatesAboutTenPercentConvertingJourneysOfMeanLengthAboutThree() {
		CliRun run = generate("s", 50_000, 1);
		// "journeys=50000 touchpoints=... unique_paths=... conversions=... nulls=..."
		String[] fields = run.out().trim().split(" ");
		long touchpoints = Long.parseLong(fields[1].split("=")[1]);
		long conversions = Long.parseLong(fields[3].split("=")[1]);
		assertThat(touchpoints / 50_000.0).isBetween(2.7, 3.3);
		assertThat(conversions / 50_000.0).isBetween(0.08, 0.12);
	}

	@Test
	void requiresJourneysSeedAndOut() {
		CliRun run = CliRun.of("generate-journeys", "--seed", "1", "--out", this.dir.resolve("x.csv").toString());
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("missing option '--journeys'");
	}

	private CliRun generate(String prefix, int journeys, long seed) {
		return CliRun.of("generate-journeys", "--journeys", String.valueOf(journeys), "--seed", String.valueOf(seed),
				"--out", this.dir.resolve(prefix + "-paths.csv").toString(), "--touchpoints-out",
				this.dir.resolve(prefix + "-tp.csv").toString());
	}

}
