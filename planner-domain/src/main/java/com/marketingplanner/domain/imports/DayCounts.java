package com.marketingplanner.domain.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows per day (in the data time zone) of a file, counted while it is checked: the
 * coverage to record, and the file's first and last day. Counters are an array over the
 * days between the first and the last, so counting a row creates no object.
 */
final class DayCounts {

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private final ZoneId zone;

	/** The zone's offset when it never changes (UTC, Asia/Shanghai), else null. */
	private final ZoneOffset fixedOffset;

	private long baseDay;

	private long[] counts = new long[0];

	private long minMillis = Long.MAX_VALUE;

	private long maxMillis = Long.MIN_VALUE;

	DayCounts(ZoneId zone) {
		this.zone = zone;
		this.fixedOffset = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
	}

	long dayOf(long epochMillis) {
		if (this.fixedOffset != null) {
			return Math.floorDiv(epochMillis + this.fixedOffset.getTotalSeconds() * 1000L, MILLIS_PER_DAY);
		}
		return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), this.zone).toEpochDay();
	}

	void addInstant(long epochMillis) {
		this.minMillis = Math.min(this.minMillis, epochMillis);
		this.maxMillis = Math.max(this.maxMillis, epochMillis);
		addDay(dayOf(epochMillis));
	}

	void addDay(long epochDay) {
		if (this.counts.length == 0) {
			this.baseDay = epochDay;
			this.counts = new long[64];
		}
		long index = epochDay - this.baseDay;
		if (index < 0) {
			int shift = (int) Math.max(-index, this.counts.length);
			long[] grown = new long[this.counts.length + shift];
			System.arraycopy(this.counts, 0, grown, shift, this.counts.length);
			this.counts = grown;
			this.baseDay -= shift;
			index += shift;
		}
		else if (index >= this.counts.length) {
			this.counts = Arrays.copyOf(this.counts, (int) Math.max(index + 1, this.counts.length * 2L));
		}
		this.counts[(int) index]++;
	}

	boolean isEmpty() {
		return firstDay() == null;
	}

	LocalDate firstDay() {
		for (int i = 0; i < this.counts.length; i++) {
			if (this.counts[i] > 0) {
				return LocalDate.ofEpochDay(this.baseDay + i);
			}
		}
		return null;
	}

	LocalDate lastDay() {
		for (int i = this.counts.length - 1; i >= 0; i--) {
			if (this.counts[i] > 0) {
				return LocalDate.ofEpochDay(this.baseDay + i);
			}
		}
		return null;
	}

	/** Rows per day, for the days with rows, in order. */
	Map<LocalDate, Long> byDay() {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		for (int i = 0; i < this.counts.length; i++) {
			if (this.counts[i] > 0) {
				days.put(LocalDate.ofEpochDay(this.baseDay + i), this.counts[i]);
			}
		}
		return days;
	}

}
