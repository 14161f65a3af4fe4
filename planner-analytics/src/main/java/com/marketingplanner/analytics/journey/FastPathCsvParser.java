package com.marketingplanner.analytics.journey;

import java.util.Arrays;

/**
 * Byte-level parser for the common shape of path files ({@link ByteCsvParser}'s
 * contract): the header {@code path,total_conversions,total_conversion_value,total_null},
 * no quotes, plain decimal numbers, non-negative counts, no empty channel. No String per
 * line or per field; channel names are looked up by their bytes.
 */
final class FastPathCsvParser extends ByteCsvParser {

	private static final String HEADER = "path,total_conversions,total_conversion_value,total_null";

	private final PathTable.Builder builder;

	private int[] path = new int[16];

	private FastPathCsvParser(byte[] bytes, PathTable.Builder builder) {
		super(bytes, builder.channels());
		this.builder = builder;
	}

	/** The paths of the file's bytes, or null when the general reader must take over. */
	static PathTable parse(byte[] bytes) {
		FastPathCsvParser parser = new FastPathCsvParser(bytes, PathTable.builder());
		return parser.parseAll(HEADER) ? parser.builder.build() : null;
	}

	@Override
	boolean parseLine(int from, int end) {
		int[] commas = commas(from, end, 3);
		if (commas == null) {
			return false;
		}
		int length = parsePath(from, commas[0]);
		double conversions = ByteDecimal.parse(this.bytes, commas[0] + 1, commas[1]);
		double value = ByteDecimal.parse(this.bytes, commas[1] + 1, commas[2]);
		double nulls = ByteDecimal.parse(this.bytes, commas[2] + 1, end);
		if (length <= 0 || !(conversions >= 0) || Double.isNaN(value) || !(nulls >= 0)) {
			return false;
		}
		this.builder.add(this.path, 0, length, conversions, value, nulls);
		return true;
	}

	/**
	 * Channel ids of {@code a > b > c} into {@link #path}; its length, or -1 when
	 * unusual.
	 */
	private int parsePath(int from, int end) {
		int length = 0;
		while (true) {
			int separator = indexOf((byte) '>', from, end);
			int to = (separator < 0) ? end : separator;
			int nameStart = skipSpaces(from, to);
			int nameEnd = trimEnd(nameStart, to);
			if (nameStart == nameEnd) {
				return -1;
			}
			if (length == this.path.length) {
				this.path = Arrays.copyOf(this.path, length * 2);
			}
			this.path[length++] = channelId(nameStart, nameEnd);
			if (separator < 0) {
				return length;
			}
			from = separator + 1;
		}
	}

}
