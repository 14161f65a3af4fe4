package com.marketingplanner.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams the records of a comma-separated file at byte level: the one CSV parser behind
 * the command line's readers and the app's imports. A record's fields are ranges of a
 * reusable buffer ({@link #bytes()}, {@link #start}, {@link #end}), so reading millions
 * of rows creates no object per row or field; memory stays at the buffer (1 MiB, more
 * only for a single longer record) whatever the file's size.
 * <p>
 * Format: the first non-blank record is the header; RFC 4180 quoting (a field that starts
 * with a double quote ends at the next lone double quote, {@code ""} inside stands for
 * one quote, and it may span lines); LF or CRLF line ends; a UTF-8 byte order mark is
 * skipped; blank lines are skipped; every field is trimmed of spaces, tabs and carriage
 * returns at both ends (as {@link CsvReader} does). Line numbers are 1-based and count
 * physical lines (the header is line 1 unless blank lines precede it).
 * <p>
 * A record that breaks the format is still returned, with {@link #problem()} saying what
 * is wrong ("unterminated quoted field", "text after a closing quote", "invalid UTF-8")
 * and {@link #problemField()} in which field: a reader that stops at the first error
 * throws {@link #error}, an import that reports many errors goes on to the next record.
 */
public final class CsvScanner implements AutoCloseable {

	private static final int INITIAL_BUFFER = 1 << 20;

	private static final int COMPLETE = 0;

	private static final int NEED_MORE = 1;

	private static final int NOTHING_LEFT = 2;

	private final String source;

	private final InputStream in;

	private final boolean checkUtf8;

	private byte[] buffer = new byte[INITIAL_BUFFER];

	/** Start of the unread bytes. */
	private int position;

	private int limit;

	private boolean endOfInput;

	/** Offset in the input of {@code buffer[0]}. */
	private long bufferOffset;

	/** Line number of the next record's first line. */
	private long nextLine = 1;

	private long line;

	private int count;

	private int[] starts = new int[16];

	private int[] ends = new int[16];

	private boolean[] escaped = new boolean[16];

	/** Set by a scan: where the record ends and how many line ends it holds. */
	private int recordEnd;

	private int recordLines;

	private boolean nonAscii;

	private String problem;

	private int problemField = -1;

	private final List<String> header;

	private final Map<String, Integer> columns = new HashMap<>();

	private CsvScanner(String source, InputStream in, boolean checkUtf8) {
		this.source = source;
		this.in = in;
		this.checkUtf8 = checkUtf8;
		skipByteOrderMark();
		if (next()) {
			if (this.problem != null) {
				throw error(this.problem);
			}
			List<String> names = new ArrayList<>(this.count);
			for (int i = 0; i < this.count; i++) {
				names.add(text(i));
				this.columns.putIfAbsent(text(i).toLowerCase(Locale.ROOT), i);
			}
			this.header = Collections.unmodifiableList(names);
		}
		else {
			this.header = List.of();
		}
	}

	/**
	 * A scanner over a file. Invalid UTF-8 is reported only when {@code checkUtf8}.
	 * @throws CsvInputException when the file cannot be opened or its header is malformed
	 */
	public static CsvScanner open(Path file, boolean checkUtf8) {
		try {
			return new CsvScanner(file.toString(), Files.newInputStream(file), checkUtf8);
		}
		catch (IOException ex) {
			throw new CsvInputException(file.toString(), 0, "cannot read the file: " + ex.getMessage());
		}
	}

	/**
	 * A scanner over a stream (closed with the scanner); {@code source} names it in
	 * errors.
	 */
	public static CsvScanner of(String source, InputStream in, boolean checkUtf8) {
		return new CsvScanner(source, in, checkUtf8);
	}

	public String source() {
		return this.source;
	}

	/** The header's names as written (trimmed); empty for an empty file. */
	public List<String> header() {
		return this.header;
	}

	/**
	 * Index of a header column (names compared case-insensitively), or -1.
	 */
	public int column(String name) {
		return this.columns.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
	}

	/**
	 * Index of a required column.
	 * @throws CsvInputException on line 1 when the file is empty or the header lacks the
	 * column
	 */
	public int requireColumn(String name) {
		if (this.header.isEmpty()) {
			throw new CsvInputException(this.source, 1, "the file is empty; expected a header line");
		}
		int index = column(name);
		if (index < 0) {
			throw new CsvInputException(this.source, 1,
					"missing column '" + name + "' (header has " + String.join(",", this.header) + ")");
		}
		return index;
	}

	/**
	 * Moves to the next non-blank record.
	 * @return false at the end of the input
	 */
	public boolean next() {
		while (scanRecord()) {
			if (this.count > 1 || this.starts[0] < this.ends[0] || this.problem != null) {
				return true;
			}
		}
		return false;
	}

	/** The 1-based line on which the current record starts. */
	public long line() {
		return this.line;
	}

	public int fieldCount() {
		return this.count;
	}

	/** The buffer holding the current record's fields; valid until {@link #next()}. */
	public byte[] bytes() {
		return this.buffer;
	}

	/** Start of a field (trimmed, quotes removed) in {@link #bytes()}. */
	public int start(int field) {
		return this.starts[field];
	}

	/** End (exclusive) of a field in {@link #bytes()}. */
	public int end(int field) {
		return this.ends[field];
	}

	public boolean isEmpty(int field) {
		return this.starts[field] == this.ends[field];
	}

	/** A field as text (UTF-8; invalid bytes become U+FFFD). */
	public String text(int field) {
		return new String(this.buffer, this.starts[field], this.ends[field] - this.starts[field],
				StandardCharsets.UTF_8);
	}

	/** What breaks the format in the current record, or null. */
	public String problem() {
		return this.problem;
	}

	/** The field the {@link #problem()} is in (-1 when there is none). */
	public int problemField() {
		return this.problemField;
	}

	/** How many bytes of the input have been read up to the end of the current record. */
	public long bytesRead() {
		return this.bufferOffset + this.position;
	}

	/** An error on the current record's line. */
	public CsvInputException error(String reason) {
		return new CsvInputException(this.source, this.line, reason);
	}

	@Override
	public void close() {
		try {
			this.in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void skipByteOrderMark() {
		while (this.limit < 3 && fill()) {
			// read until three bytes are there or the input ends
		}
		if (this.limit >= 3 && (this.buffer[0] & 0xFF) == 0xEF && (this.buffer[1] & 0xFF) == 0xBB
				&& (this.buffer[2] & 0xFF) == 0xBF) {
			this.position = 3;
		}
	}

	/** Reads the next record, blank or not; false at the end of the input. */
	private boolean scanRecord() {
		while (true) {
			int result = scan();
			if (result == COMPLETE) {
				finishRecord();
				return true;
			}
			if (result == NOTHING_LEFT) {
				return false;
			}
			fill();
		}
	}

	/**
	 * Scans the record at {@code position} without changing the buffer, so that it can be
	 * scanned again after {@link #fill()} when the buffer ends inside it.
	 */
	private int scan() {
		byte[] b = this.buffer;
		int limit = this.limit;
		int i = this.position;
		if (i >= limit) {
			return this.endOfInput ? NOTHING_LEFT : NEED_MORE;
		}
		this.count = 0;
		this.recordLines = 0;
		this.nonAscii = false;
		this.problem = null;
		this.problemField = -1;
		int fieldStart = i;
		while (true) {
			if (i >= limit) {
				if (!this.endOfInput) {
					return NEED_MORE;
				}
				addField(fieldStart, i, false);
				this.recordEnd = i;
				return COMPLETE;
			}
			byte c = b[i];
			if (c == ',') {
				addField(fieldStart, i, false);
				fieldStart = ++i;
			}
			else if (c == '\n') {
				addField(fieldStart, i, false);
				this.recordLines++;
				this.recordEnd = i + 1;
				return COMPLETE;
			}
			else if (c == '"' && i == fieldStart) {
				i = scanQuoted(i);
				if (i < 0) {
					return NEED_MORE;
				}
				if (i >= limit || b[i] == '\n') {
					// the quoted field was the last of the record
					if (i < limit) {
						this.recordLines++;
						i++;
					}
					this.recordEnd = i;
					return COMPLETE;
				}
				fieldStart = ++i; // past the comma
			}
			else {
				if (c < 0) {
					this.nonAscii = true;
				}
				i++;
			}
		}
	}

	/**
	 * Scans a quoted field opening at {@code quote} and adds it; returns the index of the
	 * delimiter after it (a comma, a line feed, or the end of the input), or -1 when the
	 * buffer ends first.
	 */
	private int scanQuoted(int quote) {
		byte[] b = this.buffer;
		int limit = this.limit;
		int j = quote + 1;
		boolean hasEscape = false;
		while (true) {
			if (j >= limit) {
				if (!this.endOfInput) {
					return -1;
				}
				problem("unterminated quoted field", this.count);
				addField(quote + 1, j, hasEscape);
				return j;
			}
			byte c = b[j];
			if (c == '"') {
				if (j + 1 >= limit && !this.endOfInput) {
					return -1;
				}
				if (j + 1 < limit && b[j + 1] == '"') {
					hasEscape = true;
					j += 2;
					continue;
				}
				break;
			}
			if (c == '\n') {
				this.recordLines++;
			}
			else if (c < 0) {
				this.nonAscii = true;
			}
			j++;
		}
		int contentEnd = j;
		j++; // the closing quote
		int k = j;
		while (k < limit && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r')) {
			k++;
		}
		if (k < limit && b[k] != ',' && b[k] != '\n') {
			problem("text after a closing quote", this.count);
			while (k < limit && b[k] != ',' && b[k] != '\n') {
				k++;
			}
		}
		if (k >= limit && !this.endOfInput) {
			return -1;
		}
		addField(quote + 1, contentEnd, hasEscape);
		return k;
	}

	private void addField(int from, int to, boolean hasEscape) {
		byte[] b = this.buffer;
		while (from < to && (b[from] == ' ' || b[from] == '\t' || b[from] == '\r')) {
			from++;
		}
		while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t' || b[to - 1] == '\r')) {
			to--;
		}
		if (this.count == this.starts.length) {
			int capacity = this.count * 2;
			this.starts = Arrays.copyOf(this.starts, capacity);
			this.ends = Arrays.copyOf(this.ends, capacity);
			this.escaped = Arrays.copyOf(this.escaped, capacity);
		}
		this.starts[this.count] = from;
		this.ends[this.count] = to;
		this.escaped[this.count] = hasEscape;
		this.count++;
	}

	private void problem(String reason, int field) {
		if (this.problem == null) {
			this.problem = reason;
			this.problemField = field;
		}
	}

	/**
	 * Turns {@code ""} into {@code "} in quoted fields, checks UTF-8 and moves past the
	 * record.
	 */
	private void finishRecord() {
		for (int f = 0; f < this.count; f++) {
			if (this.escaped[f]) {
				unescape(f);
			}
		}
		if (this.checkUtf8 && this.nonAscii) {
			for (int f = 0; f < this.count; f++) {
				if (!Utf8.isValid(this.buffer, this.starts[f], this.ends[f])) {
					problem("invalid UTF-8", f);
					break;
				}
			}
		}
		this.position = this.recordEnd;
		this.line = this.nextLine;
		this.nextLine += this.recordLines;
	}

	private void unescape(int field) {
		byte[] b = this.buffer;
		int write = this.starts[field];
		int end = this.ends[field];
		for (int read = write; read < end; read++) {
			b[write++] = b[read];
			if (b[read] == '"' && read + 1 < end && b[read + 1] == '"') {
				read++;
			}
		}
		this.ends[field] = write;
	}

	/**
	 * Moves the unread bytes to the front (growing the buffer when one record fills it)
	 * and reads more; false when the input has ended.
	 */
	private boolean fill() {
		if (this.endOfInput) {
			return false;
		}
		if (this.position > 0) {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
			this.bufferOffset += this.position;
			this.limit -= this.position;
			this.position = 0;
		}
		if (this.limit == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		try {
			int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (read < 0) {
				this.endOfInput = true;
				return false;
			}
			this.limit += read;
			return true;
		}
		catch (IOException ex) {
			throw new CsvInputException(this.source, this.nextLine, "cannot read the file: " + ex.getMessage());
		}
	}

}
