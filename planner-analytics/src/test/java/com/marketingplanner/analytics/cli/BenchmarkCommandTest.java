package com.marketingplanner.analytics.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the benchmark runs and reports each step; timings themselves are not
 * asserted.
 */
class BenchmarkCommandTest {

	@TempDir
	Path dir;

	@Test
	void reportsEveryStepOfTheAttributionBenchmark() {
		Path paths = this.dir.resolve("paths.csv");
		assertThat(
				CliRun.of("generate-journeys", "--journeys", "2000", "--seed", "3", "--out", paths.toString()).status())
			.isZero();
		CliRun run = CliRun.of("benchmark", "attribution", "--paths", paths.toString(), "--warmup", "0", "--runs", "1",
				"--markov-orders", "2");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("read CSV + all 9 models", "  shapley", "  markov", "markov order 2");
	}

	@Test
	void reportsTouchpointThroughputOfTheJourneyBenchmark() {
		CliRun run = CliRun.of("benchmark", "journeys", "--journeys", "1000", "--seed", "1", "--warmup", "0", "--runs",
				"1");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("build journeys", "million touchpoints/s");
	}

	@Test
	void rejectsAnUnknownBenchmark() {
		CliRun run = CliRun.of("benchmark", "everything");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("unknown benchmark 'everything'");
	}

}
