package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionCommandTest {

	@TempDir
	Path dir;

	@Test
	void printsCreditsOfTheChosenModelsAsCsv() throws IOException {
		// linear: a > b (2 conversions, value 10) -> a 1 (5), b 1 (5); b (1, 4) -> b 1
		// (4)
		Path paths = write("paths.csv", """
				path,total_conversions,total_conversion_value,total_null
				a > b,2,10,1
				b,1,4,3
				""");
		CliRun run = CliRun.of("attribution", "--paths", paths.toString(), "--models", "linear,first");
		assertThat(run.status()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo("""
				model,channel,conversions,value
				linear,a,1.000000,5.000000
				linear,b,2.000000,9.000000
				first,a,2.000000,10.000000
				first,b,1.000000,4.000000
				""");
	}

	@Test
	void runsEveryModelByDefault() throws IOException {
		Path paths = write("paths.csv", "path,total_conversions,total_conversion_value,total_null\na > b,2,10,1\n");
		CliRun run = CliRun.of("attribution", "--paths", paths.toString(), "--markov-order", "3");
		assertThat(run.status()).isZero();
		assertThat(run.out().lines().skip(1).map((line) -> line.split(",")[0]).distinct())
			.containsExactlyElementsOf(AttributionCommand.MODELS);
	}

	@Test
	void attributesRawTouchpointsSplitIntoJourneys() throws IOException {
		// u1: a (day 1), b converts (day 3) -> a > b; u2: b converts; u3: a, no
		// conversion
		Path touchpoints = write("touches.csv", """
				user_id,timestamp,channel,conversion_value
				u1,2025-01-03T00:00:00Z,b,30
				u2,2025-01-02T00:00:00Z,b,10
				u1,2025-01-01T00:00:00Z,a,
				u3,2025-01-01T00:00:00Z,a,
				""");
		CliRun run = CliRun.of("attribution", "--touchpoints", touchpoints.toString(), "--models", "last,time-decay",
				"--half-life", "2d");
		assertThat(run.status()).isZero();
		// time decay for u1: a is 2 days (one half-life) before the conversion: weights
		// 1/2, 1
		assertThat(run.out()).isEqualTo("""
				model,channel,conversions,value
				last,a,0.000000,0.000000
				last,b,2.000000,40.000000
				time-decay,a,0.333333,10.000000
				time-decay,b,1.666667,30.000000
				""");
	}

	@Test
	void appliesTheLookbackWindowToTouchpoints() throws IOException {
		Path touchpoints = write("touches.csv", """
				user_id,timestamp,channel,conversion_value
				u1,2025-01-01T00:00:00Z,a,
				u1,2025-01-20T00:00:00Z,b,30
				""");
		CliRun run = CliRun.of("attribution", "--touchpoints", touchpoints.toString(), "--models", "first",
				"--lookback", "7d");
		assertThat(run.out()).contains("first,a,0.000000,0.000000", "first,b,1.000000,30.000000");
	}

	@Test
	void rejectsUnknownModelWithUsageExitCodeAndNoOutput() throws IOException {
		Path paths = write("paths.csv", "path,total_conversions,total_conversion_value,total_null\na,1,1,1\n");
		CliRun run = CliRun.of("attribution", "--paths", paths.toString(), "--models", "linear,magic");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("error: unknown model 'magic'").contains("usage: attribution");
	}

	@Test
	void splitsPositionBasedCreditAsAskedFor() throws IOException {
		// a > b > c, 1 conversion worth 10, --position 50,30: first a 50 %, last c 30 %,
		// the middle b the remaining 20 %
		Path paths = write("paths.csv", """
				path,total_conversions,total_conversion_value,total_null
				a > b > c,1,10,0
				""");
		CliRun run = CliRun.of("attribution", "--paths", paths.toString(), "--models", "position", "--position",
				"50,30");
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo("""
				model,channel,conversions,value
				position,a,0.500000,5.000000
				position,b,0.200000,2.000000
				position,c,0.300000,3.000000
				""");
	}

	@Test
	void rejectsBadOptions() throws IOException {
		Path paths = write("paths.csv", "path,total_conversions,total_conversion_value,total_null\na,1,1,1\n");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--markov-order", "5"),
				"option '--markov-order' must be between 1 and 4, got 5");
		assertUsageError(CliRun.of("attribution", "--touchpoints", paths.toString(), "--lookback", "soon"),
				"option '--lookback' needs a duration");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--lookback", "30d"),
				"option '--lookback' applies to --touchpoints only");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--position", "60,60"),
				"option '--position' takes FIRST,LAST in percent");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--position", "forty"),
				"option '--position' takes FIRST,LAST in percent");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--colour", "red"),
				"unknown option '--colour'");
		assertUsageError(CliRun.of("attribution", "--models", "linear"),
				"give exactly one of '--paths' and '--touchpoints'");
		assertUsageError(CliRun.of("attribution", "--paths"), "option '--paths' needs a value");
		assertUsageError(CliRun.of("attribution", "--paths", "--models", "linear"), "option '--paths' needs a value");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "stray"), "unexpected argument 'stray'");
		assertUsageError(CliRun.of("attribution", "--paths", paths.toString(), "--shapley-worth", "vibes"),
				"option '--shapley-worth' must be conversions or conversion-rate");
	}

	@Test
	void rejectsBadInputWithFileLineAndReasonAndPrintsNothing() throws IOException {
		Path paths = write("paths.csv", """
				path,total_conversions,total_conversion_value,total_null
				a > b,2,10,1
				b,many,4,3
				""");
		CliRun run = CliRun.of("attribution", "--paths", paths.toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).isEqualTo("error: " + paths + ":3: 'many' is not a number (total_conversions)\n");
	}

	@Test
	void rejectsMissingColumnsAndBadTimestampsInTouchpoints() throws IOException {
		Path noValue = write("a.csv", "user_id,timestamp,channel\nu,2025-01-01T00:00:00Z,a\n");
		CliRun missing = CliRun.of("attribution", "--touchpoints", noValue.toString());
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains(noValue + ":1: missing column 'conversion_value'");
		Path badTime = write("b.csv", "user_id,timestamp,channel,conversion_value\nu,2025-13-01T00:00:00Z,a,\n");
		CliRun bad = CliRun.of("attribution", "--touchpoints", badTime.toString());
		assertThat(bad.status()).isEqualTo(1);
		assertThat(bad.out()).isEmpty();
		assertThat(bad.err()).contains(badTime + ":2: '2025-13-01T00:00:00Z' is not an ISO-8601 timestamp");
	}

	@Test
	void reportsAnUnreadableFile() {
		Path absent = this.dir.resolve("absent.csv");
		CliRun run = CliRun.of("attribution", "--paths", absent.toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).startsWith("error: " + absent + ":0: cannot read the file");
	}

	@Test
	void reportsDataBeyondAModelsLimitsAsBadInput() throws IOException {
		StringBuilder csv = new StringBuilder("path,total_conversions,total_conversion_value,total_null\n");
		for (int c = 0; c < 23; c++) {
			csv.append("ch").append(c).append(",1,1,1\n");
		}
		Path paths = write("wide.csv", csv.toString());
		CliRun run = CliRun.of("attribution", "--paths", paths.toString(), "--models", "shapley", "--shapley-worth",
				"conversion-rate");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("shapley: conversion-rate Shapley").contains("limited to 22 channels");
	}

	private static void assertUsageError(CliRun run, String message) {
		assertThat(run.status()).as(message).isEqualTo(2);
		assertThat(run.out()).as(message).isEmpty();
		assertThat(run.err()).as(message).contains("error: " + message);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
