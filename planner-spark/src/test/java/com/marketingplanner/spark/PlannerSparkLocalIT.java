package com.marketingplanner.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/planner-spark-local} as a user runs it after {@code ./mvnw package}: a new
 * JVM with Spark in local mode from the built module, CSV on standard output, the command
 * line's exit codes. (What the job computes and how it reports bad input is tested in
 * this JVM by the other tests; this one checks the launcher and its class path.)
 */
class PlannerSparkLocalIT {

	private static final Path SCRIPT = Path.of("bin", "planner-spark-local").toAbsolutePath();

	@TempDir
	Path dir;

	@Test
	void attributionPrintsTheCommandLinesAnswer() throws Exception {
		Path paths = this.dir.resolve("paths.csv");
		Path touchpoints = this.dir.resolve("tp.csv");
		assertThat(Run
			.cli("generate-journeys", "--journeys", "500", "--seed", "3", "--out", paths.toString(),
					"--touchpoints-out", touchpoints.toString())
			.status()).isZero();
		Run attribution = local("attribution", "--touchpoints", touchpoints.toString(), "--models",
				"first,linear,time-decay,markov");
		assertThat(attribution.status()).as(attribution.err()).isZero();
		Credits.assertSame(attribution.out(), Run
			.cli("attribution", "--touchpoints", touchpoints.toString(), "--models", "first,linear,time-decay,markov")
			.out());
		assertThat(attribution.err()).contains("planner-spark attribution: 1,484 touchpoints of 500 users");
	}

	@Test
	void helpAndBadCommandLinesNeedNoSpark() throws Exception {
		Run badOption = local("funnel", "--events", "events.csv", "--colour", "red");
		assertThat(badOption.status()).isEqualTo(2);
		assertThat(badOption.err()).contains("unknown option '--colour'").contains("usage: funnel");
		assertThat(badOption.out()).isEmpty();

		Run help = local("--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("usage: planner-spark-local <command> [options]")
			.contains("attribution")
			.contains("funnel");
	}

	private Run local(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
		command.addAll(List.of(args));
		Path out = this.dir.resolve("stdout");
		Path err = this.dir.resolve("stderr");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().put("PLANNER_SPARK_MASTER", "local[2]");
		builder.environment().put("PLANNER_SPARK_MEMORY", "1g");
		builder.environment().put("PLANNER_SPARK_OPTS", "-Dspark.sql.shuffle.partitions=4");
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("planner-spark-local finished").isTrue();
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

}
