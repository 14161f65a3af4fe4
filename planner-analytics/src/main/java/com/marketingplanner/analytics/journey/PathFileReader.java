package com.marketingplanner.analytics.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.io.ByteDecimal;
import com.marketingplanner.analytics.io.ByteKeyIndex;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.analytics.io.SliceReading;

/**
 * Reads a path file with the byte-level {@link CsvScanner} (the import's parser):
 * streamed, channel names looked up by their bytes, no String per row. The usual row (a
 * path of plain names, plain decimal counts) is read at byte level; every other row goes
 * through {@link PathCsvReader.RowReader#add}, the format's rule, so results and messages
 * are the same as the general CSV reader's. One thread: path files are aggregates, small
 * next to the touchpoints they summarise.
 */
final class PathFileReader {

	private final PathCsvReader.Columns columns;

	private final int needed;

	private final PathTable.Builder builder = PathTable.builder();

	private final PathCsvReader.RowReader rule;

	private final ByteKeyIndex channelNames = new ByteKeyIndex();

	/** Dictionary id per {@link #channelNames} id. */
	private int[] channelIds = new int[16];

	private int[] path = new int[16];

	private PathFileReader(PathCsvReader.Columns columns) {
		this.columns = columns;
		this.needed = Math.max(Math.max(columns.path(), columns.conversions()),
				Math.max(columns.value(), columns.nulls())) + 1;
		this.rule = columns.into(this.builder);
	}

	static PathTable read(Path file) {
		return SliceReading.read(file, 1, Long.MAX_VALUE, (scanner) -> new PathFileReader(columnsOf(scanner)),
				(first, scanner) -> new PathFileReader(first.columns), PathFileReader::readAll,
				(readers) -> readers.get(0).builder.build());
	}

	private static PathCsvReader.Columns columnsOf(CsvScanner scanner) {
		return new PathCsvReader.Columns(scanner.requireColumn("path"), scanner.requireColumn("total_conversions"),
				scanner.column("total_conversion_value"), scanner.requireColumn("total_null"));
	}

	private void readAll(CsvScanner scanner) {
		PathCsvReader.Columns c = this.columns;
		while (scanner.next()) {
			if (scanner.problem() != null) {
				throw scanner.error(scanner.problem());
			}
			if (scanner.fieldCount() < this.needed) {
				readByRule(scanner);
				continue;
			}
			byte[] b = scanner.bytes();
			double conversions = ByteDecimal.parse(b, scanner.start(c.conversions()), scanner.end(c.conversions()));
			double value = (c.value() < 0) ? 0 : ByteDecimal.parse(b, scanner.start(c.value()), scanner.end(c.value()));
			double nulls = ByteDecimal.parse(b, scanner.start(c.nulls()), scanner.end(c.nulls()));
			int length = (conversions >= 0 && nulls >= 0 && !Double.isNaN(value))
					? parsePath(b, scanner.start(c.path()), scanner.end(c.path())) : -1;
			if (length <= 0) {
				readByRule(scanner);
				continue;
			}
			this.builder.add(this.path, 0, length, conversions, value, nulls);
		}
	}

	/** Reads the current row by the format's rule (which throws its error). */
	private void readByRule(CsvScanner scanner) {
		List<String> fields = new ArrayList<>(scanner.fieldCount());
		for (int i = 0; i < scanner.fieldCount(); i++) {
			fields.add(scanner.text(i));
		}
		this.rule.add(new CsvReader.Row(scanner.source(), scanner.line(), fields));
	}

	/**
	 * Channel ids of {@code a > b > c} into {@link #path}, names trimmed of blanks as the
	 * rule trims them; its length, or -1 for anything the rule must read (an empty name,
	 * too many channels).
	 */
	private int parsePath(byte[] b, int from, int end) {
		int length = 0;
		int i = from;
		while (true) {
			while (i < end && b[i] >= 0 && b[i] <= ' ') {
				i++;
			}
			int nameStart = i;
			int nameEnd = i;
			while (i < end && b[i] != '>') {
				if (b[i] > ' ' || b[i] < 0) {
					nameEnd = i + 1;
				}
				i++;
			}
			if (nameStart == nameEnd) {
				return -1;
			}
			if (length == this.path.length) {
				this.path = Arrays.copyOf(this.path, length * 2);
			}
			int id = channelId(b, nameStart, nameEnd);
			if (id < 0) {
				return -1;
			}
			this.path[length++] = id;
			if (i == end) {
				return length;
			}
			i++; // skip '>'
		}
	}

	/** The dictionary id of the name, or -1 when the dictionary is full. */
	private int channelId(byte[] bytes, int from, int to) {
		int local = this.channelNames.find(bytes, from, to);
		if (local < 0) {
			int id;
			try {
				id = this.builder.channels().idOf(new String(bytes, from, to - from, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				return -1;
			}
			local = this.channelNames.add(bytes, from, to);
			if (local == this.channelIds.length) {
				this.channelIds = Arrays.copyOf(this.channelIds, local * 2);
			}
			this.channelIds[local] = id;
		}
		return this.channelIds[local];
	}

}
