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

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };

	private final byte[] bytes;

	private final PathTable.Builder builder = PathTable.builder();

	private byte[][] names = new byte[64][];

	private int[] ids = new int[64];

	private int nameCount;

	private int[] path = new int[16];

	/** Set by {@link #number}: where the parsed number ended. */
	private int numberEnd;

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
		int comma = indexOf((byte) ',', from, end);
		if (comma < 0) {
			return false;
		}
		int length = parsePath(from, comma);
		if (length <= 0) {
			return false;
		}
		double conversions = number(comma + 1, end);
		if (!(conversions >= 0) || this.numberEnd >= end || this.bytes[this.numberEnd] != ',') {
			return false;
		}
		double value = number(this.numberEnd + 1, end);
		if (Double.isNaN(value) || this.numberEnd >= end || this.bytes[this.numberEnd] != ',') {
			return false;
		}
		double nulls = number(this.numberEnd + 1, end);
		if (!(nulls >= 0) || this.numberEnd != end) {
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
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + this.bytes[i];
		}
		int mask = this.names.length - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (this.names[slot] != null) {
			if (Arrays.equals(this.names[slot], 0, this.names[slot].length, this.bytes, from, to)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		byte[] name = Arrays.copyOfRange(this.bytes, from, to);
		int id = this.builder.channels().idOf(new String(name, StandardCharsets.UTF_8));
		this.names[slot] = name;
		this.ids[slot] = id;
		if (++this.nameCount * 2 > this.names.length) {
			growNames();
		}
		return id;
	}

	private void growNames() {
		byte[][] oldNames = this.names;
		int[] oldIds = this.ids;
		this.names = new byte[oldNames.length * 2][];
		this.ids = new int[oldNames.length * 2];
		int mask = this.names.length - 1;
		for (int i = 0; i < oldNames.length; i++) {
			if (oldNames[i] != null) {
				int hash = 0;
				for (byte b : oldNames[i]) {
					hash = 31 * hash + b;
				}
				int slot = (hash ^ (hash >>> 16)) & mask;
				while (this.names[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.names[slot] = oldNames[i];
				this.ids[slot] = oldIds[i];
			}
		}
	}

	/**
	 * A number {@code [-]digits[.digits]} of at most 18 digits starting at {@code from};
	 * {@code NaN} for anything else. Exact: the digits form an exact long and one
	 * division by an exact power of ten rounds correctly, as {@link Double#parseDouble}
	 * does.
	 */
	private double number(int from, int end) {
		int i = from;
		boolean negative = i < end && this.bytes[i] == '-';
		if (negative) {
			i++;
		}
		long digits = 0;
		int count = 0;
		int decimals = -1;
		for (; i < end; i++) {
			byte b = this.bytes[i];
			if (b >= '0' && b <= '9') {
				digits = digits * 10 + (b - '0');
				count++;
				if (decimals >= 0) {
					decimals++;
				}
			}
			else if (b == '.' && decimals < 0) {
				decimals = 0;
			}
			else {
				break;
			}
		}
		this.numberEnd = i;
		if (count == 0 || count > 15 || decimals == 0) {
			return Double.NaN;
		}
		double value = (decimals > 0) ? digits / POWERS_OF_TEN[decimals] : digits;
		return negative ? -value : value;
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
