package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes rows in PostgreSQL's binary COPY format (PostgreSQL documentation, "COPY",
 * "Binary Format"), for a {@code COPY ... FROM STDIN (FORMAT binary)}: the server parses
 * no text, so the copy costs the server less than a COPY of the CSV itself. Values are
 * encoded as the server's {@code _recv} functions expect them, into a buffer of its own
 * (1 MiB, no lock per write) that is handed whole to a {@link Sink} when full: the COPY
 * of a running import ({@link CopyStream}) or a spool file.
 */
final class BinaryCopyWriter implements AutoCloseable {

	/** Where full buffers go. */
	interface Sink {

		void write(byte[] bytes, int length) throws IOException;

		/** After the last buffer. */
		void close() throws IOException;

	}

	private static final int BUFFER = 1 << 20;

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	/** Microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01 (UTC). */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private static final long POSTGRES_EPOCH_DAY = 10_957;

	private final Sink sink;

	private final byte[] buffer = new byte[BUFFER];

	private int position;

	private final short[] digits = new short[64];

	private long rows;

	BinaryCopyWriter(Sink sink) throws IOException {
		this.sink = sink;
		write(SIGNATURE, 0, SIGNATURE.length);
		int32(0); // flags
		int32(0); // header extension length
	}

	void row(int fields) throws IOException {
		this.rows++;
		int16(fields);
	}

	long rows() {
		return this.rows;
	}

	void timestamp(long epochMillis) throws IOException {
		int32(8);
		int64(epochMillis * 1000 - POSTGRES_EPOCH_MICROS);
	}

	void date(long epochDay) throws IOException {
		int32(4);
		int32((int) (epochDay - POSTGRES_EPOCH_DAY));
	}

	void int8(long value) throws IOException {
		int32(8);
		int64(value);
	}

	void int4(int value) throws IOException {
		int32(4);
		int32(value);
	}

	void float8(double value) throws IOException {
		int32(8);
		int64(Double.doubleToLongBits(value));
	}

	void nullValue() throws IOException {
		int32(-1);
	}

	void text(byte[] bytes, int from, int to) throws IOException {
		int32(to - from);
		write(bytes, from, to - from);
	}

	void text(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		text(bytes, 0, bytes.length);
	}

	void numeric(BigDecimal value) throws IOException {
		if (value == null) {
			nullValue();
			return;
		}
		byte[] plain = value.toPlainString().getBytes(StandardCharsets.US_ASCII);
		numeric(plain, 0, plain.length);
	}

	/**
	 * A {@code numeric} from a plain decimal {@code [-]digits[.digits]} written in ASCII
	 * (already checked by the caller): base-10000 digit groups aligned at the decimal
	 * point, the weight of the first group, the sign and the number of decimals.
	 */
	void numeric(byte[] b, int from, int to) throws IOException {
		boolean negative = b[from] == '-';
		if (negative || b[from] == '+') {
			from++;
		}
		int point = to;
		for (int i = from; i < to; i++) {
			if (b[i] == '.') {
				point = i;
				break;
			}
		}
		int intStart = from;
		while (intStart < point && b[intStart] == '0') {
			intStart++;
		}
		int fractionEnd = (point < to) ? to : point;
		int scale = (point < to) ? to - point - 1 : 0;
		// groups of the integer part, from the left, the first padded with leading zeros
		int intDigits = point - intStart;
		int intGroups = (intDigits + 3) / 4;
		int count = 0;
		int position = intStart - (intGroups * 4 - intDigits);
		for (int g = 0; g < intGroups; g++) {
			this.digits[count++] = (short) group(b, position, intStart, point);
			position += 4;
		}
		int weight = intGroups - 1;
		// groups of the fraction, padded with trailing zeros
		int fractionStart = point + 1;
		for (int p = fractionStart; p < fractionEnd; p += 4) {
			this.digits[count++] = (short) group(b, p, fractionStart, fractionEnd);
		}
		// leading zero groups (a number below 1) move the weight; trailing ones are
		// dropped
		int first = 0;
		while (first < count && this.digits[first] == 0) {
			first++;
			weight--;
		}
		int last = count;
		while (last > first && this.digits[last - 1] == 0) {
			last--;
		}
		int ndigits = last - first;
		if (ndigits == 0) {
			weight = 0;
			negative = false;
		}
		int32(8 + 2 * ndigits);
		int16(ndigits);
		int16(weight);
		int16(negative ? 0x4000 : 0);
		int16(scale);
		for (int d = first; d < last; d++) {
			int16(this.digits[d]);
		}
	}

	/**
	 * The four digits at {@code at}, positions outside {@code [from, to)} counting as
	 * zero.
	 */
	private static int group(byte[] b, int at, int from, int to) {
		int value = 0;
		for (int i = at; i < at + 4; i++) {
			value = value * 10 + ((i >= from && i < to) ? b[i] - '0' : 0);
		}
		return value;
	}

	private void int16(int value) throws IOException {
		room(2);
		byte[] b = this.buffer;
		int p = this.position;
		b[p] = (byte) (value >>> 8);
		b[p + 1] = (byte) value;
		this.position = p + 2;
	}

	private void int32(int value) throws IOException {
		room(4);
		byte[] b = this.buffer;
		int p = this.position;
		b[p] = (byte) (value >>> 24);
		b[p + 1] = (byte) (value >>> 16);
		b[p + 2] = (byte) (value >>> 8);
		b[p + 3] = (byte) value;
		this.position = p + 4;
	}

	private void int64(long value) throws IOException {
		room(8);
		byte[] b = this.buffer;
		int p = this.position;
		for (int i = 7; i >= 0; i--) {
			b[p + i] = (byte) value;
			value >>>= 8;
		}
		this.position = p + 8;
	}

	private void write(byte[] bytes, int from, int length) throws IOException {
		while (length > 0) {
			room(1);
			int chunk = Math.min(length, BUFFER - this.position);
			System.arraycopy(bytes, from, this.buffer, this.position, chunk);
			this.position += chunk;
			from += chunk;
			length -= chunk;
		}
	}

	/** Hands the buffer to the sink when fewer than {@code bytes} bytes are free. */
	private void room(int bytes) throws IOException {
		if (BUFFER - this.position < bytes) {
			flush();
		}
	}

	private void flush() throws IOException {
		if (this.position > 0) {
			this.sink.write(this.buffer, this.position);
			this.position = 0;
		}
	}

	/** Writes the trailer, hands over the rest and closes the sink. */
	@Override
	public void close() throws IOException {
		int16(-1); // trailer
		flush();
		this.sink.close();
	}

}
