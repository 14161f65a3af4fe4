package com.marketingplanner.analytics.journey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.marketingplanner.analytics.io.ByteKeyIndex;

/**
 * Base of the byte-level CSV parsers: walks the lines of a whole file held as bytes and
 * hands each non-blank data line to {@link #parseLine}. Contract shared by the
 * subclasses: they accept only the simple shape of a file (the exact header, no quotes,
 * plain numbers) and return false on anything else, so that the general
 * {@link com.marketingplanner.analytics.io.CsvReader} path reads the file instead and
 * reports any error with its line. The fast path changes speed, never results or
 * messages.
 */
abstract class ByteCsvParser {

	final byte[] bytes;

	private final ChannelDictionary channels;

	private final ByteKeyIndex channelNames = new ByteKeyIndex();

	/** Dictionary id per {@link #channelNames} id. */
	private int[] channelIds = new int[16];

	ByteCsvParser(byte[] bytes, ChannelDictionary channels) {
		this.bytes = bytes;
		this.channels = channels;
	}

	/**
	 * Parses one data line {@code bytes[from..end)}; false when it is not of the simple
	 * shape.
	 */
	abstract boolean parseLine(int from, int end);

	/** True when the whole file has the simple shape and every line was parsed. */
	final boolean parseAll(String expectedHeader) {
		int start = 0;
		if (this.bytes.length >= 3 && (this.bytes[0] & 0xFF) == 0xEF && (this.bytes[1] & 0xFF) == 0xBB
				&& (this.bytes[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		int headerEnd = lineEnd(start);
		String header = new String(this.bytes, start, headerEnd - start, StandardCharsets.UTF_8).trim();
		if (!header.equals(expectedHeader)) {
			return false;
		}
		if (indexOf((byte) '"', 0, this.bytes.length) >= 0) {
			return false;
		}
		int position = next(headerEnd);
		while (position < this.bytes.length) {
			int end = lineEnd(position);
			if (!isBlank(position, end) && !parseLine(position, end)) {
				return false;
			}
			position = next(end);
		}
		return true;
	}

	/** The dictionary id of the channel named by {@code bytes[from..to)} (UTF-8). */
	final int channelId(int from, int to) {
		return channelId(from, to, ByteKeyIndex.polynomial(this.bytes, from, to));
	}

	/**
	 * As {@link #channelId(int, int)}, given {@link ByteKeyIndex#polynomial} of the
	 * range.
	 */
	final int channelId(int from, int to, int polynomial) {
		int local = this.channelNames.find(this.bytes, from, to, polynomial);
		if (local < 0) {
			local = this.channelNames.add(this.bytes, from, to);
			if (local == this.channelIds.length) {
				this.channelIds = Arrays.copyOf(this.channelIds, local * 2);
			}
			this.channelIds[local] = this.channels
				.idOf(new String(this.bytes, from, to - from, StandardCharsets.UTF_8));
		}
		return this.channelIds[local];
	}

	/** First index at or after {@code from} that is not a space. */
	final int skipSpaces(int from, int to) {
		while (from < to && this.bytes[from] == ' ') {
			from++;
		}
		return from;
	}

	/** End of {@code bytes[from..to)} without trailing spaces. */
	final int trimEnd(int from, int to) {
		while (to > from && this.bytes[to - 1] == ' ') {
			to--;
		}
		return to;
	}

	final int indexOf(byte wanted, int from, int end) {
		for (int i = from; i < end; i++) {
			if (this.bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Positions of the {@code count} commas of a line, or null when it has another number
	 * of commas.
	 */
	final int[] commas(int from, int end, int count) {
		int[] commas = new int[count];
		int found = 0;
		for (int i = from; i < end; i++) {
			if (this.bytes[i] == ',') {
				if (found == count) {
					return null;
				}
				commas[found++] = i;
			}
		}
		return (found == count) ? commas : null;
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

}
