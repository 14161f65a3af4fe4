package com.marketingplanner.domain.marketingdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the binary format of PostgreSQL's {@code COPY ... TO STDOUT (FORMAT binary)}
 * (PostgreSQL documentation, "COPY", section "Binary Format"): a signature, then per row
 * a 16-bit field count and per field a 32-bit length ({@code -1} for NULL) and the value
 * in network byte order; {@code -1} as field count ends the data. Values are read from a
 * reusable buffer without an object per field, so that millions of rows become primitive
 * columns quickly. Text fields are left in the buffer ({@link #buffer()},
 * {@link #textStart()}) for a caller to intern by their bytes.
 */
final class BinaryCopyReader {

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	/** Microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01 (UTC). */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private final InputStream in;

	private byte[] buffer = new byte[1 << 18];

	private int position;

	private int limit;

	private int textStart;

	BinaryCopyReader(InputStream in) {
		this.in = in;
		require(SIGNATURE.length + 8);
		if (!Arrays.equals(this.buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw new IllegalStateException("not PostgreSQL binary COPY data");
		}
		this.position = SIGNATURE.length + 4; // flags
		int extension = int32();
		skip(extension);
	}

	/** The number of fields of the next row, or -1 after the last row. */
	int nextRow() {
		require(2);
		short count = (short) (((this.buffer[this.position] & 0xFF) << 8) | (this.buffer[this.position + 1] & 0xFF));
		this.position += 2;
		return count;
	}

	/** A non-null {@code int8} or {@code timestamptz} field (as its raw 64 bits). */
	long int8() {
		requireLength(8);
		return int64();
	}

	/** A non-null {@code int4} field. */
	int int4() {
		requireLength(4);
		return int32();
	}

	/** A {@code float8} field; {@code NaN} for NULL. */
	double float8OrNaN() {
		int length = fieldLength();
		if (length < 0) {
			return Double.NaN;
		}
		if (length != 8) {
			throw new IllegalStateException("expected 8 bytes, found " + length);
		}
		return Double.longBitsToDouble(int64());
	}

	/**
	 * A {@code timestamptz} field as epoch milliseconds (rounded down to the
	 * millisecond).
	 */
	long epochMillis() {
		return Math.floorDiv(int8() + POSTGRES_EPOCH_MICROS, 1000L);
	}

	/**
	 * A text field: its length in bytes ({@code -1} for NULL); its UTF-8 bytes are
	 * {@code buffer()[textStart() .. textStart() + length)} until the next read.
	 */
	int text() {
		int length = fieldLength();
		if (length > 0) {
			require(length);
		}
		this.textStart = this.position;
		this.position += Math.max(length, 0);
		return length;
	}

	byte[] buffer() {
		return this.buffer;
	}

	int textStart() {
		return this.textStart;
	}

	private void requireLength(int expected) {
		int length = fieldLength();
		if (length != expected) {
			throw new IllegalStateException("expected a field of " + expected + " bytes, found " + length);
		}
	}

	private int fieldLength() {
		require(4);
		return int32();
	}

	private int int32() {
		require(4);
		byte[] b = this.buffer;
		int p = this.position;
		this.position = p + 4;
		return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
	}

	private long int64() {
		require(8);
		byte[] b = this.buffer;
		int p = this.position;
		this.position = p + 8;
		return ((long) (b[p] & 0xFF) << 56) | ((long) (b[p + 1] & 0xFF) << 48) | ((long) (b[p + 2] & 0xFF) << 40)
				| ((long) (b[p + 3] & 0xFF) << 32) | ((long) (b[p + 4] & 0xFF) << 24) | ((b[p + 5] & 0xFF) << 16)
				| ((b[p + 6] & 0xFF) << 8) | (b[p + 7] & 0xFF);
	}

	private void skip(int count) {
		require(count);
		this.position += count;
	}

	/**
	 * Makes at least {@code count} unread bytes available from {@code position}, moving
	 * the unread rest to the front and reading more.
	 */
	private void require(int count) {
		if (this.limit - this.position >= count) {
			return;
		}
		int unread = this.limit - this.position;
		if (count > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(count, this.buffer.length * 2));
		}
		System.arraycopy(this.buffer, this.position, this.buffer, 0, unread);
		this.position = 0;
		this.limit = unread;
		try {
			while (this.limit < count) {
				int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
				if (read < 0) {
					throw new IllegalStateException("COPY data ended in the middle of a row");
				}
				this.limit += read;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
