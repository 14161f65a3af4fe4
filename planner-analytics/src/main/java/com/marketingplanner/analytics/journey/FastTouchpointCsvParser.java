package com.marketingplanner.analytics.journey;

import com.marketingplanner.analytics.io.ByteDecimal;
import com.marketingplanner.analytics.io.ByteKeyIndex;
import com.marketingplanner.analytics.io.IsoTimestamps;

/**
 * Byte-level parser for the common shape of touchpoint files ({@link ByteCsvParser}'s
 * contract): the header {@code user_id,timestamp,channel,conversion_value}, no quotes,
 * timestamps exactly {@code yyyy-MM-ddTHH:mm:ssZ}, values empty or plain decimals. Users
 * and channels are looked up by their bytes; users get dense ids in order of first sight.
 */
final class FastTouchpointCsvParser extends ByteCsvParser {

	private static final String HEADER = "user_id,timestamp,channel,conversion_value";

	private final TouchpointLog.Builder builder;

	private final ByteKeyIndex users = new ByteKeyIndex();

	private FastTouchpointCsvParser(byte[] bytes, TouchpointLog.Builder builder) {
		super(bytes, builder.channels());
		this.builder = builder;
	}

	/**
	 * The touchpoints of the file's bytes, or null when the general reader must take
	 * over.
	 */
	static TouchpointLog parse(byte[] bytes) {
		FastTouchpointCsvParser parser = new FastTouchpointCsvParser(bytes, TouchpointLog.builder());
		return parser.parseAll(HEADER) ? parser.builder.build() : null;
	}

	@Override
	boolean parseLine(int from, int end) {
		int[] commas = commas(from, end, 3);
		if (commas == null) {
			return false;
		}
		int userStart = skipSpaces(from, commas[0]);
		int userEnd = trimEnd(userStart, commas[0]);
		int timeStart = skipSpaces(commas[0] + 1, commas[1]);
		int timeEnd = trimEnd(timeStart, commas[1]);
		int channelStart = skipSpaces(commas[1] + 1, commas[2]);
		int channelEnd = trimEnd(channelStart, commas[2]);
		int valueStart = skipSpaces(commas[2] + 1, end);
		int valueEnd = trimEnd(valueStart, end);
		if (userStart == userEnd || channelStart == channelEnd || timeEnd - timeStart != 20) {
			return false;
		}
		long seconds = utcSeconds(timeStart);
		if (seconds == Long.MIN_VALUE) {
			return false;
		}
		double value = Double.NaN;
		if (valueStart < valueEnd) {
			value = ByteDecimal.parse(this.bytes, valueStart, valueEnd);
			if (Double.isNaN(value)) {
				return false;
			}
		}
		int user = this.users.find(this.bytes, userStart, userEnd);
		if (user < 0) {
			user = this.users.add(this.bytes, userStart, userEnd);
		}
		this.builder.add(user, seconds * 1000, channelId(channelStart, channelEnd), value);
		return true;
	}

	/**
	 * Epoch seconds of a valid {@code yyyy-MM-ddTHH:mm:ssZ} at {@code at}, else
	 * {@link IsoTimestamps#NOT_FAST} (Long.MIN_VALUE).
	 */
	private long utcSeconds(int at) {
		byte[] t = this.bytes;
		if (t[at + 4] != '-' || t[at + 7] != '-' || t[at + 10] != 'T' || t[at + 13] != ':' || t[at + 16] != ':'
				|| t[at + 19] != 'Z') {
			return Long.MIN_VALUE;
		}
		int year = digits(at, 4);
		int month = digits(at + 5, 2);
		int day = digits(at + 8, 2);
		int hour = digits(at + 11, 2);
		int minute = digits(at + 14, 2);
		int second = digits(at + 17, 2);
		return IsoTimestamps.utcSeconds(year, month, day, hour, minute, second);
	}

	private int digits(int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			byte b = this.bytes[i];
			if (b < '0' || b > '9') {
				return -1;
			}
			value = value * 10 + (b - '0');
		}
		return value;
	}

}
