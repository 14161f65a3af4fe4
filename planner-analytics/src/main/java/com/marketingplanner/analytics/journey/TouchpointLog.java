package com.marketingplanner.analytics.journey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Raw touchpoints in columnar, primitive form: for touch {@code i}, a user id, a time in
 * epoch milliseconds, a channel id and a conversion value. A value of {@code NaN} marks a
 * plain touch; any other value (0 included) marks a conversion, which is also a touch of
 * its channel (the converting touch). Rows may be in any order.
 * <p>
 * User names and channel names are mapped to dense int ids on entry, so that building
 * journeys needs no object per touch.
 */
public final class TouchpointLog {

	private final ChannelDictionary channels;

	private final int userCount;

	private final int size;

	private final int[] users;

	private final long[] times;

	private final int[] channelIds;

	private final double[] values;

	private TouchpointLog(Builder builder) {
		this.channels = builder.channels;
		this.userCount = builder.userCount;
		this.size = builder.size;
		this.users = Arrays.copyOf(builder.users, builder.size);
		this.times = Arrays.copyOf(builder.times, builder.size);
		this.channelIds = Arrays.copyOf(builder.channelIds, builder.size);
		this.values = Arrays.copyOf(builder.values, builder.size);
	}

	public static Builder builder() {
		return new Builder();
	}

	public int size() {
		return this.size;
	}

	/** Users are numbered {@code 0..userCount()-1}. */
	public int userCount() {
		return this.userCount;
	}

	public ChannelDictionary channels() {
		return this.channels;
	}

	public int user(int touch) {
		return this.users[touch];
	}

	public long time(int touch) {
		return this.times[touch];
	}

	public int channel(int touch) {
		return this.channelIds[touch];
	}

	/** The conversion value, or {@code NaN} for a plain touch. */
	public double value(int touch) {
		return this.values[touch];
	}

	public boolean isConversion(int touch) {
		return !Double.isNaN(this.values[touch]);
	}

	/** Collects touchpoints; user and channel names are interned to ids. */
	public static final class Builder {

		private final ChannelDictionary channels = new ChannelDictionary();

		private final Map<String, Integer> userIds = new HashMap<>();

		private int userCount;

		private int size;

		private int[] users = new int[1024];

		private long[] times = new long[1024];

		private int[] channelIds = new int[1024];

		private double[] values = new double[1024];

		public ChannelDictionary channels() {
			return this.channels;
		}

		/**
		 * Adds a touch by names. Use either this or {@link #add(int, long, int, double)}
		 * for one log: user names are numbered from 0 in order of first sight, which
		 * would clash with ids given directly.
		 * @param conversionValue the conversion value, or {@code NaN} for a plain touch
		 */
		public Builder add(String user, long epochMillis, String channel, double conversionValue) {
			Integer userId = this.userIds.get(user);
			if (userId == null) {
				userId = this.userCount;
				this.userIds.put(user, userId);
			}
			return add(userId, epochMillis, this.channels.idOf(channel), conversionValue);
		}

		/**
		 * Adds a touch by ids: {@code userId} is any non-negative int (ids need not be
		 * dense but the sort allocates {@code max id + 1} counters); {@code channelId}
		 * must come from {@link #channels()}.
		 */
		public Builder add(int userId, long epochMillis, int channelId, double conversionValue) {
			if (userId < 0) {
				throw new IllegalArgumentException("user id must not be negative");
			}
			if (channelId < 0 || channelId >= this.channels.size()) {
				throw new IllegalArgumentException("unknown channel id " + channelId);
			}
			if (Double.isInfinite(conversionValue)) {
				throw new IllegalArgumentException("conversion value must be finite");
			}
			if (this.size == this.users.length) {
				int capacity = this.size * 2;
				this.users = Arrays.copyOf(this.users, capacity);
				this.times = Arrays.copyOf(this.times, capacity);
				this.channelIds = Arrays.copyOf(this.channelIds, capacity);
				this.values = Arrays.copyOf(this.values, capacity);
			}
			this.users[this.size] = userId;
			this.times[this.size] = epochMillis;
			this.channelIds[this.size] = channelId;
			this.values[this.size] = conversionValue;
			this.size++;
			this.userCount = Math.max(this.userCount, userId + 1);
			return this;
		}

		/**
		 * Adds {@code count} touches by ids from columns, as
		 * {@link #add(int, long, int, double)} would one by one (same checks), in one
		 * copy per column.
		 */
		public Builder addAll(int count, int[] userIds, long[] epochMillis, int[] channelIds,
				double[] conversionValues) {
			int users = this.userCount;
			for (int i = 0; i < count; i++) {
				int userId = userIds[i];
				int channelId = channelIds[i];
				if (userId < 0) {
					throw new IllegalArgumentException("user id must not be negative");
				}
				if (channelId < 0 || channelId >= this.channels.size()) {
					throw new IllegalArgumentException("unknown channel id " + channelId);
				}
				if (Double.isInfinite(conversionValues[i])) {
					throw new IllegalArgumentException("conversion value must be finite");
				}
				users = Math.max(users, userId + 1);
			}
			int size = this.size + count;
			if (size > this.users.length) {
				int capacity = Math.max(size, this.users.length * 2);
				this.users = Arrays.copyOf(this.users, capacity);
				this.times = Arrays.copyOf(this.times, capacity);
				this.channelIds = Arrays.copyOf(this.channelIds, capacity);
				this.values = Arrays.copyOf(this.values, capacity);
			}
			System.arraycopy(userIds, 0, this.users, this.size, count);
			System.arraycopy(epochMillis, 0, this.times, this.size, count);
			System.arraycopy(channelIds, 0, this.channelIds, this.size, count);
			System.arraycopy(conversionValues, 0, this.values, this.size, count);
			this.size = size;
			this.userCount = users;
			return this;
		}

		public TouchpointLog build() {
			return new TouchpointLog(this);
		}

	}

}
