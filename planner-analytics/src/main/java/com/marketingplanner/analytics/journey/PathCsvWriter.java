package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Writes a {@link PathTable} in the ChannelAttribution package's path format, the format
 * {@link PathCsvReader} reads: header {@code path,total_conversions,
 * total_conversion_value,total_null}, one row per distinct path ({@code a > b > c}),
 * ordered by path text so that equal tables give equal files. Counts are written as whole
 * numbers when they are whole (they count journeys); the conversion value is rounded to 6
 * decimals, which undoes the binary noise of adding up decimal amounts
 * ({@code 0.1 + 0.2}) for any input with at most 6 decimals. A path whose text holds a
 * comma or a quote is quoted (RFC 4180).
 */
public final class PathCsvWriter {

	/** The header line, without line break. */
	public static final String HEADER = "path,total_conversions,total_conversion_value,total_null";

	private PathCsvWriter() {
	}

	public static void write(PathTable table, Appendable out) throws IOException {
		out.append(HEADER).append('\n');
		String[] texts = new String[table.size()];
		Integer[] order = new Integer[table.size()];
		for (int p = 0; p < texts.length; p++) {
			texts[p] = table.pathText(p);
			order[p] = p;
		}
		Arrays.sort(order, Comparator.comparing((Integer p) -> texts[p]));
		for (int p : order) {
			out.append(field(texts[p]))
				.append(',')
				.append(number(table.conversions(p)))
				.append(',')
				.append(BigDecimal.valueOf(table.value(p))
					.setScale(6, RoundingMode.HALF_EVEN)
					.stripTrailingZeros()
					.toPlainString())
				.append(',')
				.append(number(table.nulls(p)))
				.append('\n');
		}
	}

	private static String number(double count) {
		if (count == Math.rint(count) && Math.abs(count) < 1e15) {
			return Long.toString((long) count);
		}
		return BigDecimal.valueOf(count).toPlainString();
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
