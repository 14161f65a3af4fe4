package com.marketingplanner.domain.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that no two rows of one file have the same key (e.g. day and channel), and keeps
 * the period the rows cover. For the small kinds, whose files are summaries: the same key
 * twice is a mistake in the file, not a second measurement.
 */
final class KeyedRows {

	private final Map<Object, Long> lines = new HashMap<>();

	private LocalDate first;

	private LocalDate last;

	/** False (reported) when an earlier row has the same key. */
	boolean add(ImportRows rows, Object key, String what) {
		Long earlier = this.lines.putIfAbsent(key, rows.line());
		if (earlier != null) {
			rows.error(-1, "repeats the " + what + " of line " + earlier);
			return false;
		}
		return true;
	}

	void cover(LocalDate day) {
		this.first = (this.first == null || day.isBefore(this.first)) ? day : this.first;
		this.last = (this.last == null || day.isAfter(this.last)) ? day : this.last;
	}

	LocalDate first() {
		return this.first;
	}

	LocalDate last() {
		return this.last;
	}

	/**
	 * False (reported on {@code column}) when a replacing import's period lacks the day.
	 */
	static boolean inPeriod(ImportRows rows, ImportContext context, LocalDate day, int column) {
		if ((context.from() != null && day.isBefore(context.from()))
				|| (context.to() != null && day.isAfter(context.to()))) {
			rows.error(column, "outside the period " + context.from() + " to " + context.to() + " being replaced");
			return false;
		}
		return true;
	}

}
