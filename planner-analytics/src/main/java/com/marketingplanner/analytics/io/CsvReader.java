package com.marketingplanner.analytics.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the rows of a comma-separated file with a header line (RFC 4180 quoting: fields
 * may be enclosed in double quotes, a doubled quote inside stands for one quote; a quoted
 * field does not span lines). Header names are matched case-insensitively after trimming.
 * Every error names the source, the line and the reason ({@link CsvInputException}).
 */
public final class CsvReader implements AutoCloseable {

	private final String source;

	private final BufferedReader reader;

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<String> header;

	private long lineNumber;

	private CsvReader(String source, Reader reader) {
		this.source = source;
		this.reader = (reader instanceof BufferedReader buffered) ? buffered : new BufferedReader(reader, 1 << 16);
		String headerLine = readLine();
		if (headerLine == null) {
			throw new CsvInputException(source, 1, "the file is empty; expected a header line");
		}
		if (!headerLine.isEmpty() && headerLine.charAt(0) == '\uFEFF') {
			headerLine = headerLine.substring(1);
		}
		this.header = split(source, this.lineNumber, headerLine);
		for (int i = 0; i < this.header.size(); i++) {
			this.columns.putIfAbsent(this.header.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
	}

	public static CsvReader open(Path file) {
		try {
			return new CsvReader(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new CsvInputException(file.toString(), 0, "cannot read the file: " + ex.getMessage());
		}
	}

	public static CsvReader of(String source, Reader reader) {
		return new CsvReader(source, reader);
	}

	public String source() {
		return this.source;
	}

	/**
	 * Index of a required column.
	 * @throws CsvInputException on line 1 when the header lacks the column
	 */
	public int requireColumn(String name) {
		Integer index = this.columns.get(name.toLowerCase(Locale.ROOT));
		if (index == null) {
			throw new CsvInputException(this.source, 1,
					"missing column '" + name + "' (header has " + String.join(",", this.header) + ")");
		}
		return index;
	}

	/** Index of an optional column, or -1. */
	public int optionalColumn(String name) {
		return this.columns.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
	}

	/** Calls {@code action} for every non-blank data row, in file order. */
	public void forEachRow(Consumer<Row> action) {
		String line;
		while ((line = readLine()) != null) {
			if (line.isBlank()) {
				continue;
			}
			action.accept(new Row(this.source, this.lineNumber, split(this.source, this.lineNumber, line)));
		}
	}

	/**
	 * One line of a file read elsewhere (for example a slice of a large file on a
	 * cluster), split into fields by the same quoting rules.
	 * @param line the 1-based line number, or any position the caller can turn into one:
	 * errors carry it unchanged
	 * @throws CsvInputException for a quoted field that is not closed or text after a
	 * closing quote
	 */
	public static Row row(String source, long line, String text) {
		return new Row(source, line, split(source, line, text));
	}

	private String readLine() {
		try {
			String line = this.reader.readLine();
			if (line != null) {
				this.lineNumber++;
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> split(String source, long lineNumber, String line) {
		List<String> fields = new ArrayList<>();
		int length = line.length();
		int i = 0;
		while (true) {
			if (i < length && line.charAt(i) == '"') {
				StringBuilder field = new StringBuilder();
				i++;
				while (true) {
					if (i >= length) {
						throw new CsvInputException(source, lineNumber, "unterminated quoted field");
					}
					char c = line.charAt(i++);
					if (c == '"') {
						if (i < length && line.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				fields.add(field.toString());
				if (i < length && line.charAt(i) != ',') {
					throw new CsvInputException(source, lineNumber, "text after a closing quote");
				}
			}
			else {
				int comma = line.indexOf(',', i);
				int end = (comma < 0) ? length : comma;
				fields.add(line.substring(i, end));
				i = end;
			}
			if (i >= length) {
				return fields;
			}
			i++; // skip the comma
			if (i == length) {
				fields.add("");
				return fields;
			}
		}
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One data row with its 1-based line number; accessors raise errors naming that line.
	 */
	public record Row(String source, long line, List<String> fields) {

		public String text(int column) {
			if (column >= this.fields.size()) {
				throw error("expected at least " + (column + 1) + " fields, found " + this.fields.size());
			}
			return this.fields.get(column).trim();
		}

		public long wholeNumber(int column, String what) {
			String value = text(column);
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				throw error("'" + value + "' is not a whole number (" + what + ")");
			}
		}

		public double number(int column, String what) {
			String value = text(column);
			try {
				double parsed = Double.parseDouble(value);
				if (!Double.isFinite(parsed)) {
					throw error("'" + value + "' is not a finite number (" + what + ")");
				}
				return parsed;
			}
			catch (NumberFormatException ex) {
				throw error("'" + value + "' is not a number (" + what + ")");
			}
		}

		public CsvInputException error(String reason) {
			return new CsvInputException(this.source, this.line, reason);
		}

	}

}
