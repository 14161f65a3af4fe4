package com.marketingplanner.domain.imports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rows in PostgreSQL's binary COPY format (PostgreSQL documentation, "COPY",
 * "Binary Format") to a spool file, which one {@code COPY ... FROM STDIN (FORMAT binary)}
 * then sends as it is: the server parses no text, so the copy costs the server less than
 * a COPY of the CSV itself. Values are encoded as the server's {@code _recv} functions
 * expect them.
 */
final class BinaryCopyWriter implements AutoCloseable {

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	/** Microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01 (UTC). */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private static final long POSTGRES_EPOCH_DAY = 10_957;

	private final OutputStream out;

	private final byte[] scratch = new byte[8];

	private final short[] digits = new short[64];

	private long rows;

	BinaryCopyWriter(Path file) {
		try {
			this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
			this.out.write(SIGNATURE);
			int32(0); // flags
			int32(0); // header extension length
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		this.out.write(bytes, from, to - from);
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
		this.out.write((value >>> 8) & 0xFF);
		this.out.write(value & 0xFF);
	}

	private void int32(int value) throws IOException {
		byte[] s = this.scratch;
		s[0] = (byte) (value >>> 24);
		s[1] = (byte) (value >>> 16);
		s[2] = (byte) (value >>> 8);
		s[3] = (byte) value;
		this.out.write(s, 0, 4);
	}

	private void int64(long value) throws IOException {
		byte[] s = this.scratch;
		for (int i = 7; i >= 0; i--) {
			s[i] = (byte) value;
			value >>>= 8;
		}
		this.out.write(s, 0, 8);
	}

	@Override
	public void close() throws IOException {
		int16(-1); // trailer
		this.out.close();
	}

}
