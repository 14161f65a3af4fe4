package com.marketingplanner.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribution output {@code model,channel,conversions,value} as numbers, compared
 * model by model and channel by channel. Numbers may differ in the last printed decimal:
 * the job adds partial sums in another order than one JVM does (floating point).
 */
public final class Credits {

	private static final double TOLERANCE = 2e-6;

	private Credits() {
	}

	public static void assertSame(String actualCsv, String expectedCsv) {
		Map<String, double[]> actual = parse(actualCsv);
		Map<String, double[]> expected = parse(expectedCsv);
		assertThat(actual.keySet()).as("model,channel rows").containsExactlyElementsOf(expected.keySet());
		expected.forEach((key, numbers) -> {
			double[] found = actual.get(key);
			for (int i = 0; i < 2; i++) {
				assertThat(found[i]).as(key + (i == 0 ? " conversions" : " value"))
					.isCloseTo(numbers[i], org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, numbers[i])));
			}
		});
	}

	public static List<String> models(String csv) {
		return parse(csv).keySet().stream().map((key) -> key.substring(0, key.indexOf(','))).distinct().toList();
	}

	private static Map<String, double[]> parse(String csv) {
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("model,channel,conversions,value");
		Map<String, double[]> rows = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			int last = line.lastIndexOf(',');
			int middle = line.lastIndexOf(',', last - 1);
			rows.put(line.substring(0, middle), new double[] { Double.parseDouble(line.substring(middle + 1, last)),
					Double.parseDouble(line.substring(last + 1)) });
		}
		return rows;
	}

}
