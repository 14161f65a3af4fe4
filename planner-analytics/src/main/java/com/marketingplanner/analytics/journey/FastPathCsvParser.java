package com.marketingplanner.analytics.journey;

import java.util.Arrays;

import com.marketingplanner.analytics.io.ByteDecimal;

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
	 * unusual. One pass: the hash of each trimmed name is accumulated while looking for
	 * the next {@code >}.
	 */
	private int parsePath(int from, int end) {
		byte[] b = this.bytes;
		int length = 0;
		int i = from;
		while (true) {
			while (i < end && b[i] == ' ') {
				i++;
			}
			int nameStart = i;
			int nameEnd = i;
			int hash = 0;
			int hashAtNameEnd = 0;
			while (i < end && b[i] != '>') {
				hash = 31 * hash + b[i];
				if (b[i] != ' ') {
					nameEnd = i + 1;
					hashAtNameEnd = hash;
				}
				i++;
			}
			if (nameStart == nameEnd) {
				return -1;
			}
			if (length == this.path.length) {
				this.path = Arrays.copyOf(this.path, length * 2);
			}
			this.path[length++] = channelId(nameStart, nameEnd, hashAtNameEnd);
			if (i == end) {
				return length;
			}
			i++; // skip '>'
		}
	}

}
