package com.marketingplanner.analytics.journey;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Journeys aggregated by distinct path: for every distinct sequence of channel ids, the
 * number of conversions, the conversion value and the number of non-converting journeys
 * ("nulls"). This is the input of every attribution model and the in-memory form of the
 * ChannelAttribution package's path file ({@code path,total_conversions,
 * total_conversion_value,total_null}).
 * <p>
 * The table is a sum over journeys, hence <em>mergeable</em>: tables built on separate
 * partitions of the journeys and {@link #merge merged} hold exactly the same counts as
 * one table built on all of them (up to floating-point summation order of the values).
 * <p>
 * Storage is columnar and primitive: the touches of path {@code p} are
 * {@code channelAt(pathStart(p)) .. channelAt(pathEnd(p) - 1)}. Instances are immutable
 * and serializable, so that partial tables can travel between the processes of a
 * distributed job (planner-spark) and merge where they meet.
 */
public final class PathTable implements Serializable {

	private static final long serialVersionUID = 1L;

	private final ChannelDictionary channels;

	private final int[] offsets;

	private final int[] touches;

	private final double[] conversions;

	private final double[] values;

	private final double[] nulls;

	private final int size;

	private PathTable(Builder builder) {
		this.channels = builder.channels;
		this.size = builder.size;
		this.offsets = Arrays.copyOf(builder.offsets, builder.size + 1);
		this.touches = Arrays.copyOf(builder.touches, builder.offsets[builder.size]);
		this.conversions = Arrays.copyOf(builder.conversions, builder.size);
		this.values = Arrays.copyOf(builder.values, builder.size);
		this.nulls = Arrays.copyOf(builder.nulls, builder.size);
	}

	public static Builder builder() {
		return new Builder(new ChannelDictionary());
	}

	/** Number of distinct paths. */
	public int size() {
		return this.size;
	}

	public ChannelDictionary channels() {
		return this.channels;
	}

	/** Channel names indexed by id. */
	public List<String> channelNames() {
		return this.channels.names();
	}

	public int pathStart(int path) {
		return this.offsets[path];
	}

	public int pathEnd(int path) {
		return this.offsets[path + 1];
	}

	public int pathLength(int path) {
		return this.offsets[path + 1] - this.offsets[path];
	}

	/**
	 * The channel id at a touch index (between {@code pathStart} and {@code pathEnd}).
	 */
	public int channelAt(int touchIndex) {
		return this.touches[touchIndex];
	}

	/** The channel ids of one path (a copy). */
	public int[] path(int path) {
		return Arrays.copyOfRange(this.touches, this.offsets[path], this.offsets[path + 1]);
	}

	public double conversions(int path) {
		return this.conversions[path];
	}

	public double value(int path) {
		return this.values[path];
	}

	public double nulls(int path) {
		return this.nulls[path];
	}

	/** Total number of touches over all distinct paths (each path counted once). */
	public int touchCount() {
		return this.offsets[this.size];
	}

	public double totalConversions() {
		return sum(this.conversions);
	}

	public double totalValue() {
		return sum(this.values);
	}

	public double totalNulls() {
		return sum(this.nulls);
	}

	private double sum(double[] column) {
		double total = 0;
		for (int i = 0; i < this.size; i++) {
			total += column[i];
		}
		return total;
	}

	/** The path written as in the ChannelAttribution package: {@code a > b > c}. */
	public String pathText(int path) {
		StringBuilder text = new StringBuilder();
		for (int i = pathStart(path); i < pathEnd(path); i++) {
			if (i > pathStart(path)) {
				text.append(" > ");
			}
			text.append(this.channels.name(this.touches[i]));
		}
		return text.toString();
	}

	/**
	 * The sum of this table and {@code other}: counts of equal paths (compared by channel
	 * name) are added. Channel ids of the result follow this table's, then the new
	 * channels of {@code other}.
	 */
	public PathTable merge(PathTable other) {
		Builder builder = builder();
		builder.addAll(this);
		builder.addAll(other);
		return builder.build();
	}

	/**
	 * Accumulates paths; adding an already seen path adds to its counts. Paths are found
	 * in an open-addressing hash table over the int sequences, so building needs no
	 * object per path.
	 */
	public static final class Builder {

		private final ChannelDictionary channels;

		private int[] offsets = new int[1025];

		private int[] touches = new int[4096];

		private double[] conversions = new double[1024];

		private double[] values = new double[1024];

		private double[] nulls = new double[1024];

		private int[] hashes = new int[1024];

		/** Slot = path index + 1, 0 = empty. */
		private int[] slots = new int[2048];

		private int size;

		Builder(ChannelDictionary channels) {
			this.channels = channels;
		}

		public ChannelDictionary channels() {
			return this.channels;
		}

		/** Adds a path given by channel names. */
		public Builder add(List<String> path, double conversions, double value, double nulls) {
			int[] ids = new int[path.size()];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = this.channels.idOf(path.get(i));
			}
			return add(ids, 0, ids.length, conversions, value, nulls);
		}

		/**
		 * Adds {@code path[from..to)} (channel ids of this builder's dictionary).
		 * @throws IllegalArgumentException for an empty path or negative counts
		 */
		public Builder add(int[] path, int from, int to, double conversions, double value, double nulls) {
			if (to <= from) {
				throw new IllegalArgumentException("a path needs at least one touch");
			}
			if (!(conversions >= 0) || !(nulls >= 0) || !Double.isFinite(value) || !Double.isFinite(conversions)
					|| !Double.isFinite(nulls)) {
				throw new IllegalArgumentException("conversions and nulls must be finite and not negative");
			}
			int hash = hash(path, from, to);
			int mask = this.slots.length - 1;
			int slot = hash & mask;
			while (this.slots[slot] != 0) {
				int existing = this.slots[slot] - 1;
				if (this.hashes[existing] == hash && samePath(existing, path, from, to)) {
					this.conversions[existing] += conversions;
					this.values[existing] += value;
					this.nulls[existing] += nulls;
					return this;
				}
				slot = (slot + 1) & mask;
			}
			int index = append(path, from, to, hash);
			this.conversions[index] = conversions;
			this.values[index] = value;
			this.nulls[index] = nulls;
			this.slots[slot] = index + 1;
			if (this.size * 2 > this.slots.length) {
				rehash();
			}
			return this;
		}

		/** Adds every path of {@code table}, translating its channel ids by name. */
		public Builder addAll(PathTable table) {
			int[] translation = new int[table.channels.size()];
			for (int id = 0; id < translation.length; id++) {
				translation[id] = this.channels.idOf(table.channels.name(id));
			}
			int[] buffer = new int[16];
			for (int p = 0; p < table.size; p++) {
				int length = table.pathLength(p);
				if (buffer.length < length) {
					buffer = new int[length];
				}
				for (int i = 0; i < length; i++) {
					buffer[i] = translation[table.touches[table.offsets[p] + i]];
				}
				add(buffer, 0, length, table.conversions[p], table.values[p], table.nulls[p]);
			}
			return this;
		}

		public PathTable build() {
			return new PathTable(this);
		}

		private static int hash(int[] path, int from, int to) {
			int h = 1;
			for (int i = from; i < to; i++) {
				h = 31 * h + path[i];
			}
			// MurmurHash3's finaliser: linear probing needs well-mixed low bits
			h ^= h >>> 16;
			h *= 0x85EBCA6B;
			h ^= h >>> 13;
			h *= 0xC2B2AE35;
			return h ^ (h >>> 16);
		}

		private boolean samePath(int index, int[] path, int from, int to) {
			int start = this.offsets[index];
			int length = this.offsets[index + 1] - start;
			if (length != to - from) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (this.touches[start + i] != path[from + i]) {
					return false;
				}
			}
			return true;
		}

		private int append(int[] path, int from, int to, int hash) {
			int index = this.size;
			if (index + 1 == this.conversions.length) {
				int capacity = this.conversions.length * 2;
				this.conversions = Arrays.copyOf(this.conversions, capacity);
				this.values = Arrays.copyOf(this.values, capacity);
				this.nulls = Arrays.copyOf(this.nulls, capacity);
				this.hashes = Arrays.copyOf(this.hashes, capacity);
				this.offsets = Arrays.copyOf(this.offsets, capacity + 1);
			}
			int start = this.offsets[index];
			int length = to - from;
			if (start + length > this.touches.length) {
				this.touches = Arrays.copyOf(this.touches, Math.max(this.touches.length * 2, start + length));
			}
			System.arraycopy(path, from, this.touches, start, length);
			this.offsets[index + 1] = start + length;
			this.hashes[index] = hash;
			this.size++;
			return index;
		}

		private void rehash() {
			int[] larger = new int[this.slots.length * 2];
			int mask = larger.length - 1;
			for (int index = 0; index < this.size; index++) {
				int slot = this.hashes[index] & mask;
				while (larger[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				larger[slot] = index + 1;
			}
			this.slots = larger;
		}

	}

}
