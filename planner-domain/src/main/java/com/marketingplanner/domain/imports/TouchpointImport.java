package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.ByteDecimal;
import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.marketingdata.DataKind;

import org.springframework.stereotype.Component;

/**
 * Touchpoints {@code user_id,timestamp,channel,conversion_value}, the command line's
 * format: an ISO-8601 timestamp, a channel code of the catalog, an empty value for a
 * plain touch or a number (at least 0, at most 15 digits) for a conversion. A touch is
 * the same as a stored one when user (its number), timestamp and channel are equal.
 */
@Component
class TouchpointImport extends TimedRowsImport {

	static final List<String> COLUMNS = List.of("user_id", "timestamp", "channel", "conversion_value");

	@Override
	public DataKind kind() {
		return DataKind.TOUCHPOINTS;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		return new ImportRows(scanner, errors, percent, COLUMNS, List.of(), List.of(), Set.of());
	}

	@Override
	String table() {
		return "touchpoint";
	}

	@Override
	String columns() {
		return "occurred_at, import_job_id, channel_id, user_no, conversion_value";
	}

	@Override
	String sameRow() {
		return "t.occurred_at = s.occurred_at and t.user_no = s.user_no and t.channel_id = s.channel_id";
	}

	@Override
	long checkRow(ImportContext context, ImportRows rows) {
		CsvScanner s = rows.scanner();
		byte[] b = s.bytes();
		int user = rows.column("user_id");
		int timestamp = rows.column("timestamp");
		int channel = rows.column("channel");
		int value = rows.column("conversion_value");
		boolean valid = checkText(rows, user, 500, true);
		long millis = timestamp(rows, timestamp);
		valid &= millis != Long.MIN_VALUE;
		if (s.isEmpty(channel)) {
			rows.error(channel, "empty channel");
			valid = false;
		}
		else if (context.channels().id(b, s.start(channel), s.end(channel)) < 0) {
			rows.error(channel, "unknown channel '" + s.text(channel) + "' (not in the channel catalog)");
			valid = false;
		}
		if (!s.isEmpty(value)) {
			double parsed = ByteDecimal.parse(b, s.start(value), s.end(value));
			if (Double.isNaN(parsed)) {
				String text = new String(b, s.start(value), s.end(value) - s.start(value), StandardCharsets.UTF_8);
				rows.error(value, ImportRows.isPlainDecimal(text) ? "'" + text + "' has more than 15 digits"
						: "'" + text + "' is not a number");
				valid = false;
			}
			else if (parsed < 0 || b[s.start(value)] == '-') {
				rows.error(value, "must not be negative, found " + s.text(value));
				valid = false;
			}
		}
		return valid ? millis : Long.MIN_VALUE;
	}

	@Override
	void writeRow(ImportContext context, ImportRows rows, long millis, int user, BinaryCopyWriter out)
			throws IOException {
		CsvScanner s = rows.scanner();
		byte[] b = s.bytes();
		int channel = rows.column("channel");
		int value = rows.column("conversion_value");
		out.row(5);
		out.timestamp(millis);
		out.int8(context.jobId());
		out.int4((int) context.channels().id(b, s.start(channel), s.end(channel)));
		out.int4(user);
		if (s.isEmpty(value)) {
			out.nullValue();
		}
		else {
			out.numeric(b, s.start(value), s.end(value));
		}
	}

}
