package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.marketingplanner.analytics.optimiser.SaturationCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OptimiseCommandTest {

	@TempDir
	Path dir;

	private Path write(String content) throws IOException {
		Path file = this.dir.resolve("curves.csv");
		Files.writeString(file, content);
		return file;
	}

	@Test
	void givenCurvesAreSplitWhereMarginalReturnsMeet() throws IOException {
		// r₁ = 10√x, r₂ = 20√x → 200 / 800 of 1000 (see BudgetOptimiserTest); current 500
		// / 500
		// returns now 10√500 + 20√500 = 223.61 + 447.21 = 670.82; then 10√200 + 20√800 =
		// 141.42 + 565.69
		Path curves = write("channel,model,a,b,current_spend\nsearch,power,10,0.5,500\nsocial,power,20,0.5,500\n");
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", curves.toString(), "--budget", "1000");
		assertThat(run.status()).isZero();
		List<String> lines = run.lines();
		assertThat(lines.get(0)).isEqualTo("channel,current_spend,recommended_spend,change,recommended_share,"
				+ "current_return,recommended_return,marginal_return,reason");
		assertThat(lines.get(1))
			.startsWith("search,500.00,200.00,-300.00,0.200000,223.61,141.42,0.353553," + "MARGINAL_RETURN_EQUALISED");
		assertThat(lines.get(2)).startsWith("social,500.00,800.00,300.00,0.800000,447.21,565.69,0.353553,");
		assertThat(lines.get(3)).isEqualTo("(total),1000.00,1000.00,0.00,1.000000,670.82,707.11,0.353553,");
	}

	@Test
	void shareOptionsAndRoiFloorApply() throws IOException {
		Path curves = write("channel,model,a,b,current_spend\nsearch,power,10,0.5,500\nsocial,power,20,0.5,500\n");
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", curves.toString(), "--budget", "1000",
				"--max-share", "social=0.6");
		assertThat(run.lines().get(2)).startsWith("social,500.00,600.00,").endsWith("AT_MAX_SHARE");
		assertThat(run.lines().get(1)).startsWith("search,500.00,400.00,");
	}

	@Test
	void historyIsFittedPerChannel() throws IOException {
		// exact saturation histories: search a=5000 b=300, social a=2000 b=100
		StringBuilder csv = new StringBuilder("channel,spend,return\n");
		SaturationCurve search = new SaturationCurve(5000, 300);
		SaturationCurve social = new SaturationCurve(2000, 100);
		for (int spend : new int[] { 50, 100, 200, 400, 600 }) {
			csv.append("search,").append(spend).append(',').append(search.response(spend)).append('\n');
			csv.append("social,").append(spend).append(',').append(social.response(spend)).append('\n');
		}
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", write(csv.toString()).toString(),
				"--budget", "600");
		assertThat(run.status()).isZero();
		// current spend = last row of each channel (600 each)
		assertThat(run.lines().get(1)).startsWith("search,600.00,");
		assertThat(run.lines().get(2)).startsWith("social,600.00,");
		// equal marginal returns: (5000/300)e^(−x/300) = 20e^(−y/100), x + y = 600 → x ≈
		// 440.0, y ≈ 160.0
		String[] searchRow = run.lines().get(1).split(",");
		assertThat(Double.parseDouble(searchRow[2])).isBetween(435.0, 445.0);
	}

	@Test
	void unknownChannelInAShareIsAUsageError() throws IOException {
		Path curves = write("channel,model,a,b,current_spend\nsearch,power,10,0.5,500\n");
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", curves.toString(), "--budget", "1000",
				"--min-share", "tv=0.2");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("unknown channel 'tv'");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void badNumbersNameTheLine() throws IOException {
		Path curves = write("channel,spend,return\nsearch,100,300\nsearch,abc,400\n");
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", curves.toString(), "--budget", "1000");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(curves + ":3: 'abc' is not an amount (spend)");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void aChannelThatCannotBeFittedIsAnInputError() throws IOException {
		Path curves = write("channel,spend,return\nsearch,100,300\nsearch,100,320\n");
		CliRun run = CliRun.of(new OptimiseCommand(), "optimise", "--curves", curves.toString(), "--budget", "1000");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(curves + ":3: cannot fit a saturation curve for channel 'search'");
	}

}
