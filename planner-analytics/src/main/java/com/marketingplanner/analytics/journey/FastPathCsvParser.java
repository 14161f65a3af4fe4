package com.marketingplanner.analytics.journey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte-level parser for the common shape of path files: UTF-8, no quotes, plain decimal
 * numbers. It parses the bytes in place (no String per line or per field; channel names
 * are looked up by their bytes) and gives up, returning null, on anything else: quotes, a
 * missing column, an unusual number, a negative count, an empty channel. The caller then
 * reads the file with the general {@link com.marketingplanner.analytics.io.CsvReader}
 * path, which accepts everything valid and reports every error with its line. So the fast
 * path changes speed, never results or messages.
 */
final class FastPathCsvParser {

	private final byte[] bytes;

	private final PathTable.Builder builder = PathTable.builder();

	private final ByteKeyIndex names = new ByteKeyIndex();

	/** Dictionary id per {@link #names} id. */
	private int[] ids = new int[16];

	private int[] path = new int[16];

	private FastPathCsvParser(byte[] bytes) {
		this.bytes = bytes;
	}

	/** The paths of the file's bytes, or null when the general reader must take over. */
	static PathTable parse(byte[] bytes) {
		return new FastPathCsvParser(bytes).parse();
	}

	private PathTable parse() {
		int start = 0;
		if (this.bytes.length >= 3 && (this.bytes[0] & 0xFF) == 0xEF && (this.bytes[1] & 0xFF) == 0xBB
				&& (this.bytes[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		int headerEnd = lineEnd(start);
		String header = new String(this.bytes, start, headerEnd - start, StandardCharsets.UTF_8).trim();
		if (!header.equals("path,total_conversions,total_conversion_value,total_null")) {
			return null;
		}
		for (byte b : this.bytes) {
			if (b == '"') {
				return null;
			}
		}
		int position = next(headerEnd);
		while (position < this.bytes.length) {
			int end = lineEnd(position);
			if (!isBlank(position, end) && !parseLine(position, end)) {
				return null;
			}
			position = next(end);
		}
		return this.builder.build();
	}

	private boolean parseLine(int from, int end) {
		int first = indexOf((byte) ',', from, end);
		int second = (first < 0) ? -1 : indexOf((byte) ',', first + 1, end);
		int third = (second < 0) ? -1 : indexOf((byte) ',', second + 1, end);
		if (third < 0 || indexOf((byte) ',', third + 1, end) >= 0) {
			return false;
		}
		int length = parsePath(from, first);
		double conversions = ByteDecimal.parse(this.bytes, first + 1, second);
		double value = ByteDecimal.parse(this.bytes, second + 1, third);
		double nulls = ByteDecimal.parse(this.bytes, third + 1, end);
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
			int nameStart = from;
			int nameEnd = to;
			while (nameStart < nameEnd && this.bytes[nameStart] == ' ') {
				nameStart++;
			}
			while (nameEnd > nameStart && this.bytes[nameEnd - 1] == ' ') {
				nameEnd--;
			}
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

	private int channelId(int from, int to) {
		int local = this.names.find(this.bytes, from, to);
		if (local < 0) {
			local = this.names.add(this.bytes, from, to);
			if (local == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, local * 2);
			}
			this.ids[local] = this.builder.channels()
				.idOf(new String(this.bytes, from, to - from, StandardCharsets.UTF_8));
		}
		return this.ids[local];
	}

	private int lineEnd(int from) {
		int newline = indexOf((byte) '\n', from, this.bytes.length);
		int end = (newline < 0) ? this.bytes.length : newline;
		return (end > from && this.bytes[end - 1] == '\r') ? end - 1 : end;
	}

	private int next(int lineEnd) {
		int i = lineEnd;
		if (i < this.bytes.length && this.bytes[i] == '\r') {
			i++;
		}
		return i + 1;
	}

	private boolean isBlank(int from, int end) {
		for (int i = from; i < end; i++) {
			if (this.bytes[i] > ' ') {
				return false;
			}
		}
		return true;
	}

	private int indexOf(byte wanted, int from, int end) {
		for (int i = from; i < end; i++) {
			if (this.bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

}
