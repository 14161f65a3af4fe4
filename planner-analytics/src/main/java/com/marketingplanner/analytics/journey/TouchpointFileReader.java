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
import com.marketingplanner.analytics.io.IsoTimestamps;
import com.marketingplanner.analytics.io.SliceReading;

/**
 * Reads a touchpoint file with the byte-level {@link CsvScanner} (the import's parser):
 * streamed, users and channels looked up by their bytes, rows straight into the columns
 * of a {@link TouchpointLog}, large files in parallel slices merged in file order
 * ({@link SliceReading}). The usual row (plain fields, a timestamp of the common ISO
 * forms, an empty value or a plain decimal) is read at byte level; every other row goes
 * through {@link TouchpointCsvReader.Columns#read}, the format's rule, so results and
 * messages are the same as the general CSV reader's.
 */
final class TouchpointFileReader {

	/** Slices smaller than this are not worth a thread. */
	static final long MIN_SLICE_BYTES = 16L << 20;

	private final TouchpointCsvReader.Columns columns;

	private final int needed;

	private final TouchpointLog.Builder builder = TouchpointLog.builder();

	private final ByteKeyIndex users = new ByteKeyIndex();

	private final ByteKeyIndex channelNames = new ByteKeyIndex();

	/** Dictionary id per {@link #channelNames} id. */
	private int[] channelIds = new int[16];

	private TouchpointFileReader(TouchpointCsvReader.Columns columns) {
		this.columns = columns;
		this.needed = Math.max(Math.max(columns.user(), columns.timestamp()),
				Math.max(columns.channel(), columns.conversionValue())) + 1;
	}

	static TouchpointLog read(Path file, int threads, long minSliceBytes) {
		return SliceReading.read(file, threads, minSliceBytes,
				(scanner) -> new TouchpointFileReader(columnsOf(scanner)),
				(first, scanner) -> new TouchpointFileReader(first.columns), TouchpointFileReader::readAll,
				TouchpointFileReader::merge);
	}

	private static TouchpointCsvReader.Columns columnsOf(CsvScanner scanner) {
		return new TouchpointCsvReader.Columns(scanner.requireColumn("user_id"), scanner.requireColumn("timestamp"),
				scanner.requireColumn("channel"), scanner.requireColumn("conversion_value"));
	}

	private void readAll(CsvScanner scanner) {
		TouchpointCsvReader.Columns c = this.columns;
		while (scanner.next()) {
			if (scanner.problem() != null) {
				throw scanner.error(scanner.problem());
			}
			if (scanner.fieldCount() < this.needed || scanner.isEmpty(c.user()) || scanner.isEmpty(c.channel())) {
				readByRule(scanner);
				continue;
			}
			byte[] b = scanner.bytes();
			long millis = IsoTimestamps.epochMillis(b, scanner.start(c.timestamp()), scanner.end(c.timestamp()));
			double value = Double.NaN;
			if (!scanner.isEmpty(c.conversionValue())) {
				value = ByteDecimal.parse(b, scanner.start(c.conversionValue()), scanner.end(c.conversionValue()));
				if (Double.isNaN(value)) {
					millis = IsoTimestamps.NOT_FAST;
				}
			}
			if (millis == IsoTimestamps.NOT_FAST) {
				readByRule(scanner);
				continue;
			}
			int user = this.users.intern(b, scanner.start(c.user()), scanner.end(c.user()));
			this.builder.add(user, millis, channelId(b, scanner.start(c.channel()), scanner.end(c.channel())), value);
		}
	}

	/** Reads the current row by the format's rule (which throws its error). */
	private void readByRule(CsvScanner scanner) {
		List<String> fields = new ArrayList<>(scanner.fieldCount());
		for (int i = 0; i < scanner.fieldCount(); i++) {
			fields.add(scanner.text(i));
		}
		this.columns.read(new CsvReader.Row(scanner.source(), scanner.line(), fields),
				(user, millis, channel, value) -> {
					byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
					byte[] channelBytes = channel.getBytes(StandardCharsets.UTF_8);
					this.builder.add(this.users.intern(userBytes, 0, userBytes.length), millis,
							channelId(channelBytes, 0, channelBytes.length), value);
				});
	}

	private int channelId(byte[] bytes, int from, int to) {
		int local = this.channelNames.find(bytes, from, to);
		if (local < 0) {
			local = this.channelNames.add(bytes, from, to);
			if (local == this.channelIds.length) {
				this.channelIds = Arrays.copyOf(this.channelIds, local * 2);
			}
			this.channelIds[local] = this.builder.channels()
				.idOf(new String(bytes, from, to - from, StandardCharsets.UTF_8));
		}
		return this.channelIds[local];
	}

	/**
	 * The log of the slices in file order: users and channels numbered by first sight
	 * over the whole file.
	 */
	private static TouchpointLog merge(List<TouchpointFileReader> slices) {
		TouchpointFileReader first = slices.get(0);
		if (slices.size() == 1) {
			return first.builder.build();
		}
		TouchpointLog.Builder merged = TouchpointLog.builder();
		for (TouchpointFileReader slice : slices) {
			TouchpointLog log = slice.builder.build();
			int[] userIds = (slice == first) ? null : slice.users.internInto(first.users);
			int[] channelIds = new int[log.channels().size()];
			for (int i = 0; i < channelIds.length; i++) {
				channelIds[i] = merged.channels().idOf(log.channels().name(i));
			}
			for (int i = 0; i < log.size(); i++) {
				int user = (userIds == null) ? log.user(i) : userIds[log.user(i)];
				merged.add(user, log.time(i), channelIds[log.channel(i)], log.value(i));
			}
		}
		return merged.build();
	}

}
