package com.marketingplanner.spark.funnel;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.marketingplanner.spark.Run;
import com.marketingplanner.spark.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job gives the command line's funnel — every step, every breakdown value, in
 * every order mode — on the same events split into many files and input splits, each
 * user's events spread over several of them.
 */
class FunnelJobTest {

	@TempDir
	static Path dir;

	static Path parts;

	static Path whole;

	@BeforeAll
	static void events() {
		Path source = EventData.write(dir.resolve("events.csv"), 400, 6000, 5);
		parts = dir.resolve("parts");
		whole = TestFiles.split(source, parts, 5, 8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "loose", "strict", "any" })
	void everyStepAndBreakdownValueEqualsTheCommandLine(String order) {
		String[] options = { "--steps", String.join(",", EventData.STEPS), "--window", "3d", "--order", order,
				"--breakdown-column", "country", "--breakdown-from", "reached" };
		Run spark = Run.spark(Run.args("funnel", "--events", parts.toString(), "--partitions", "3", options));
		Run cli = Run.cli(Run.args("funnel", "--events", whole.toString(), options));
		assertThat(cli.status()).as(cli.err()).isZero();
		assertThat(spark.status()).as(spark.err()).isZero();
		assertThat(spark.out()).isEqualTo(cli.out());
		assertThat(spark.out().lines()).hasSize(1 + 4 * 5);
		assertThat(spark.err()).startsWith("planner-spark funnel: ");
	}

	@Test
	void stepWindowsAndTheDefaultWindowEqualTheCommandLine() {
		String[] options = { "--steps", "view,cart,pay", "--step-windows", "0,1d,2d" };
		Run spark = Run.spark(Run.args("funnel", "--events", parts.toString(), options));
		Run cli = Run.cli(Run.args("funnel", "--events", whole.toString(), options));
		assertThat(spark.status()).as(spark.err()).isZero();
		assertThat(spark.out()).isEqualTo(cli.out()).startsWith("step,event,users,step_rate,cumulative_rate\n1,view,");
	}

	@Test
	void theCommandLinesGeneratedEventsGiveItsAnswer(@TempDir Path generated) {
		Path events = generated.resolve("events.csv");
		Run generate = Run.cli("generate-events", "--users", "2000", "--events", "20000", "--seed", "1", "--out",
				events.toString());
		assertThat(generate.status()).as(generate.err()).isZero();
		Path split = generated.resolve("split");
		Path inOrder = TestFiles.split(events, split, 3, 2);
		String steps = "view,cart,checkout,pay,review";
		Run spark = Run.spark("funnel", "--events", split.toString(), "--steps", steps);
		Run cli = Run.cli("funnel", "--events", inOrder.toString(), "--steps", steps);
		assertThat(spark.status()).as(spark.err()).isZero();
		assertThat(spark.out()).isEqualTo(cli.out());
	}

}
