package com.marketingplanner.domain.marketingdata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.journey.TouchpointLog;

/**
 * Collects rows {@code occurred_at, channel_id, user_no, conversion_value::float8} of a
 * binary COPY into primitive columns (users by their stored numbers, channels still as
 * catalog ids); the columns of a period read in parts (one per connection) become one
 * {@link TouchpointLog} in part order ({@link #toLog}), users numbered in order of first
 * sight as one read would number them.
 */
final class TouchpointColumns {

	private int size;

	private int largestUser;

	private int[] userColumn = new int[1 << 16];

	private long[] timeColumn = new long[1 << 16];

	private int[] channelColumn = new int[1 << 16];

	private double[] valueColumn = new double[1 << 16];

	void add(BinaryCopyReader rows) {
		if (this.size == this.userColumn.length) {
			int capacity = this.size * 2;
			this.userColumn = Arrays.copyOf(this.userColumn, capacity);
			this.timeColumn = Arrays.copyOf(this.timeColumn, capacity);
			this.channelColumn = Arrays.copyOf(this.channelColumn, capacity);
			this.valueColumn = Arrays.copyOf(this.valueColumn, capacity);
		}
		this.timeColumn[this.size] = rows.epochMillis();
		this.channelColumn[this.size] = rows.int4();
		int user = rows.int4();
		this.userColumn[this.size] = user;
		this.largestUser = Math.max(this.largestUser, user);
		this.valueColumn[this.size] = rows.float8OrNaN();
		this.size++;
	}

	/**
	 * The touchpoints of the parts, in part order; channels named by their catalog codes
	 * and numbered in order of first sight.
	 */
	static TouchpointLog toLog(List<TouchpointColumns> parts, Map<Long, String> catalog) {
		UserRenumbering.renumber(parts.stream().map((part) -> part.userColumn).toList(),
				parts.stream().mapToInt((part) -> part.size).toArray(),
				parts.stream().mapToInt((part) -> part.largestUser).max().orElse(0));
		TouchpointLog.Builder log = TouchpointLog.builder();
		int[] channelIds = new int[0];
		for (TouchpointColumns part : parts) {
			for (int i = 0; i < part.size; i++) {
				int catalogId = part.channelColumn[i];
				if (catalogId >= channelIds.length) {
					int old = channelIds.length;
					channelIds = Arrays.copyOf(channelIds, catalogId + 16);
					Arrays.fill(channelIds, old, channelIds.length, -1);
				}
				int channel = channelIds[catalogId];
				if (channel < 0) {
					String code = catalog.get((long) catalogId);
					if (code == null) {
						throw new IllegalStateException(
								"stored touchpoint of channel " + catalogId + ", not in the catalog");
					}
					channel = log.channels().idOf(code);
					channelIds[catalogId] = channel;
				}
				part.channelColumn[i] = channel;
			}
			log.addAll(part.size, part.userColumn, part.timeColumn, part.channelColumn, part.valueColumn);
		}
		return log.build();
	}

}
