package com.marketingplanner.web.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.marketingplanner.analytics.cli.AnalyticsCli;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analytics command line run in the test's JVM, and the comparison of its output with
 * the app's answers on the same data.
 */
final class CommandLine {

	private CommandLine() {
	}

	/**
	 * Runs a command and returns its standard output; fails the test on a non-zero
	 * status.
	 */
	static String run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = AnalyticsCli.withAllCommands()
			.execute(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Asserts that the attribution endpoint's rows are the command line's CSV
	 * {@code model,channel,conversions,value} (six decimals), row for row.
	 */
	static void assertSameAttribution(JsonNode api, String csv) {
		Map<String, double[]> expected = new HashMap<>();
		csv.lines().skip(1).forEach((line) -> {
			String[] fields = line.split(",");
			expected.put(fields[0] + "|" + fields[1],
					new double[] { Double.parseDouble(fields[2]), Double.parseDouble(fields[3]) });
		});
		assertThat(api.get("rows").size()).isEqualTo(expected.size()).isPositive();
		for (JsonNode row : api.get("rows")) {
			double[] cliRow = expected.get(row.get("model").asString() + "|" + row.get("channel").asString());
			assertThat(cliRow).as(row.toString()).isNotNull();
			assertThat(row.get("conversions").asDouble()).isCloseTo(cliRow[0], within(1e-6));
			assertThat(row.get("value").asDouble()).isCloseTo(cliRow[1], within(1e-6));
		}
	}

}
