package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;

/**
 * Reads aggregated paths in the ChannelAttribution package's format: header
 * {@code path,total_conversions,total_conversion_value,total_null}, the path written
 * {@code a > b > c} (spaces around {@code >} optional). {@code total_conversion_value}
 * may be left out (then 0). Counts must be finite and not negative; a path needs at least
 * one channel and no empty channel name. Rows with the same path are added up.
 */
public final class PathCsvReader {

	static final long FAST_PATH_LIMIT = 512L * 1024 * 1024;

	private PathCsvReader() {
	}

	/**
	 * Reads a path file. Files up to {@value #FAST_PATH_LIMIT} bytes are first tried with
	 * a byte-level parser; whatever it does not handle (or any error) is read again by
	 * the general CSV reader, so results and error messages are the same either way.
	 */
	public static PathTable read(Path file) {
		try {
			if (Files.size(file) <= FAST_PATH_LIMIT) {
				PathTable fast = FastPathCsvParser.parse(Files.readAllBytes(file));
				if (fast != null) {
					return fast;
				}
			}
		}
		catch (IOException ex) {
			// the general reader reports the problem with the file name
		}
		try (CsvReader csv = CsvReader.open(file)) {
			return read(csv);
		}
	}

	public static PathTable read(CsvReader csv) {
		Columns columns = Columns.of(csv);
		PathTable.Builder builder = PathTable.builder();
		RowReader rows = columns.into(builder);
		csv.forEachRow(rows::add);
		return builder.build();
	}

	/**
	 * Where the columns of one path file are. Public so that a reader of the same format
	 * elsewhere (slices of large files on a cluster) applies the same rule with the same
	 * messages.
	 *
	 * @param value the column of {@code total_conversion_value}, or -1 when the file has
	 * none (then 0)
	 */
	public record Columns(int path, int conversions, int value, int nulls) implements Serializable {

		private static final long serialVersionUID = 1L;

		/**
		 * The columns of the file's header.
		 * @throws CsvInputException on line 1 when a required column is missing
		 */
		public static Columns of(CsvReader csv) {
			return new Columns(csv.requireColumn("path"), csv.requireColumn("total_conversions"),
					csv.optionalColumn("total_conversion_value"), csv.requireColumn("total_null"));
		}

		/** A reader that adds rows of this layout to {@code builder}. */
		public RowReader into(PathTable.Builder builder) {
			return new RowReader(this, builder);
		}

	}

	/** Adds rows to a path table builder, reusing its buffers from row to row. */
	public static final class RowReader {

		private final Columns columns;

		private final PathTable.Builder builder;

		private final ChannelLookup lookup;

		private final int[][] buffer = { new int[16] };

		private RowReader(Columns columns, PathTable.Builder builder) {
			this.columns = columns;
			this.builder = builder;
			this.lookup = new ChannelLookup(builder.channels());
		}

		/**
		 * Adds one row; rows with the same path add up.
		 * @throws CsvInputException naming the row when a field is empty, malformed or
		 * negative
		 */
		public void add(CsvReader.Row row) {
			String text = row.text(this.columns.path());
			int length = parsePath(text, this.lookup, this.buffer, row);
			double conversions = notNegative(row, row.number(this.columns.conversions(), "total_conversions"),
					"total_conversions");
			double value = (this.columns.value() < 0) ? 0 : row.number(this.columns.value(), "total_conversion_value");
			double nulls = notNegative(row, row.number(this.columns.nulls(), "total_null"), "total_null");
			this.builder.add(this.buffer[0], 0, length, conversions, value, nulls);
		}

	}

	private static double notNegative(CsvReader.Row row, double number, String what) {
		if (number < 0) {
			throw row.error(what + " must not be negative, found " + number);
		}
		return number;
	}

	private static int parsePath(String text, ChannelLookup channels, int[][] buffer, CsvReader.Row row) {
		if (text.isEmpty()) {
			throw row.error("empty path");
		}
		int length = 0;
		int from = 0;
		while (from <= text.length()) {
			int separator = text.indexOf('>', from);
			int to = (separator < 0) ? text.length() : separator;
			int nameEnd = to;
			while (from < nameEnd && text.charAt(from) <= ' ') {
				from++;
			}
			while (nameEnd > from && text.charAt(nameEnd - 1) <= ' ') {
				nameEnd--;
			}
			if (from == nameEnd) {
				throw row.error("empty channel name in path '" + text + "'");
			}
			if (length == buffer[0].length) {
				buffer[0] = Arrays.copyOf(buffer[0], length * 2);
			}
			try {
				buffer[0][length++] = channels.idOf(text, from, nameEnd);
			}
			catch (IllegalArgumentException ex) {
				throw new CsvInputException(row.source(), row.line(), ex.getMessage());
			}
			from = to + 1;
		}
		return length;
	}

}
