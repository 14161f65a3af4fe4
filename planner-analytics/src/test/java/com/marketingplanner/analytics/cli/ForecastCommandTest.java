package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastCommandTest {

	@TempDir
	Path dir;

	/** Months 2024-01 … 2025-12 of yₜ = 100 + 2t + s[t mod 4], s = (10, −5, 0, −5). */
	private Path exactSeries() throws IOException {
		double[] seasonal = { 10, -5, 0, -5 };
		StringBuilder csv = new StringBuilder("period,value\n");
		YearMonth month = YearMonth.of(2024, 1);
		for (int t = 0; t < 24; t++) {
			csv.append(month.plusMonths(t)).append(',').append(100 + 2 * t + seasonal[t % 4]).append('\n');
		}
		Path file = this.dir.resolve("series.csv");
		Files.writeString(file, csv.toString());
		return file;
	}

	@Test
	void forecastsAnExactSeriesExactlyAndReportsTheHoldoutErrorOnStderr() throws IOException {
		CliRun run = CliRun.of(new ForecastCommand(), "forecast", "--series", exactSeries().toString(), "--season", "4",
				"--horizon", "3", "--holdout", "4");
		assertThat(run.status()).isZero();
		// t = 24, 25, 26: 148 + 10, 150 − 5, 152 + 0; no error → all three scenarios
		// equal
		assertThat(run.lines()).containsExactly("period,conservative,neutral,optimistic",
				"2026-01,158.00,158.00,158.00", "2026-02,145.00,145.00,145.00", "2026-03,152.00,152.00,152.00");
		assertThat(run.err().trim()).isEqualTo("holdout_periods=4 mape=0.000000 rmse=0.000000");
	}

	@Test
	void tooShortASeriesIsAUsageErrorNamingTheFile() throws IOException {
		CliRun run = CliRun.of(new ForecastCommand(), "forecast", "--series", exactSeries().toString(), "--season",
				"12", "--horizon", "3", "--holdout", "6");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("two seasons");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void unparsableValueNamesTheLine() throws IOException {
		Path file = this.dir.resolve("bad.csv");
		Files.writeString(file, "period,value\n2026-01,10\n2026-02,ten\n");
		CliRun run = CliRun.of(new ForecastCommand(), "forecast", "--series", file.toString(), "--season", "2",
				"--horizon", "1");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(file + ":3: 'ten' is not a number (value)");
	}

	@Test
	void futurePeriodsAreLabelledAfterTheLastOne() {
		assertThat(ForecastCommand.nextLabels(List.of("2025-11", "2025-12"), 2)).containsExactly("2026-01", "2026-02");
		assertThat(ForecastCommand.nextLabels(List.of("2026-01-01", "2026-01-08"), 2)).containsExactly("2026-01-15",
				"2026-01-22");
		assertThat(ForecastCommand.nextLabels(List.of("7", "8"), 2)).containsExactly("9", "10");
		assertThat(ForecastCommand.nextLabels(List.of("Q1", "Q2"), 2)).containsExactly("+1", "+2");
	}

}
