package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.FunnelEventGenerator;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateAndBenchmarkCommandTest {

	@TempDir
	Path dir;

	@Test
	void generatedFileIsDeterministicAndMatchesTheInMemoryEvents() throws IOException {
		Path first = this.dir.resolve("a.csv");
		Path second = this.dir.resolve("b.csv");
		assertThat(CliRun
			.of(new GenerateEventsCommand(), "generate-events", "--users", "50", "--events", "2000", "--seed", "9",
					"--out", first.toString())
			.status()).isZero();
		CliRun.of(new GenerateEventsCommand(), "generate-events", "--users", "50", "--events", "2000", "--seed", "9",
				"--out", second.toString());
		assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
		assertThat(Files.readAllLines(first)).hasSize(2001);
		// the funnel of the file equals the funnel of the same events generated in memory
		long[] inMemory = EventFunnel
			.analyse(new FunnelEventGenerator(50, 2000, 9).toEventLog(), FunnelSpec.of(FunnelEventGenerator.STEPS))
			.overall()
			.users();
		List<String> lines = CliRun
			.of(new FunnelCommand(), "funnel", "--events", first.toString(), "--steps", "view,cart,checkout,pay,review")
			.lines();
		for (int k = 0; k < inMemory.length; k++) {
			assertThat(lines.get(k + 1).split(",")[2]).isEqualTo(Long.toString(inMemory[k]));
		}
	}

	@Test
	void benchmarkPrintsWarmupMeasuredAndMedianRows() {
		CliRun run = CliRun.of(new BenchmarkCommand(), "benchmark", "funnel", "--users", "100", "--events", "5000",
				"--warmup", "1", "--runs", "3");
		assertThat(run.status()).isZero();
		assertThat(run.lines()).hasSize(1 + 1 + 3 + 1);
		assertThat(run.lines().get(0))
			.isEqualTo("phase,run,wall_millis,cpu_millis,events_per_second,events_per_cpu_second,users_at_last_step");
		assertThat(run.lines().get(1)).startsWith("warmup,1,");
		assertThat(run.lines().get(4)).startsWith("measure,3,");
		assertThat(run.lines().get(5)).startsWith("median,3,");
	}

	@Test
	void benchmarkNeedsTheWordFunnel() {
		assertThat(CliRun.of(new BenchmarkCommand(), "benchmark", "--runs", "1").status()).isEqualTo(2);
	}

}
