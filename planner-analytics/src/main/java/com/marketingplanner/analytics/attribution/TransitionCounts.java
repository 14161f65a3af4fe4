package com.marketingplanner.analytics.attribution;

import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.journey.ChannelDictionary;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * Weighted transition counts of the order-k Markov chain of journeys: the mergeable
 * aggregate behind {@link MarkovModel}.
 * <p>
 * States: {@link #START}, the absorbing {@link #CONVERSION} and {@link #NULL}, and one
 * transient state per observed tuple of the last {@code min(j, k)} channels after j
 * touches (for k = 1 the states are the channels). Repeated consecutive touches of one
 * channel are collapsed first (as in the ChannelAttribution package): a self-loop does
 * not change absorption probabilities, and collapsing keeps order-k tuples meaningful. A
 * path with c conversions and n nulls adds weight c + n to each of its transitions, then
 * c to "last state → conversion" and n to "last state → null".
 * <p>
 * Counts are sums over paths, so counts built on partitions and {@link #merge merged}
 * equal the counts built on all paths. Tuples are packed 16 bits per channel into a long,
 * which bounds k to 1..4.
 */
public final class TransitionCounts {

	public static final int START = 0;

	public static final int CONVERSION = 1;

	public static final int NULL = 2;

	static final int FIRST_TRANSIENT = 3;

	public static final int MAX_ORDER = 4;

	private static final int DENSE_STATES = 64;

	private final int order;

	private final ChannelDictionary channels = new ChannelDictionary();

	/** Packed channel tuples of the transient states; state = FIRST_TRANSIENT + index. */
	private final LongIndex tuples = new LongIndex();

	/** Transitions packed as (from << 32 | to). */
	private final LongIndex transitions = new LongIndex();

	private double[] weights = new double[256];

	/** State per one-channel tuple key (channel id + 1) below 256; 0 = not seen yet. */
	private final int[] singleChannelStates = new int[256];

	/** Transition index + 1 (0 = none yet) for states below {@link #DENSE_STATES}. */
	private final int[] denseTransitions = new int[DENSE_STATES * DENSE_STATES];

	/**
	 * @throws IllegalArgumentException unless 1 <= order <= {@value #MAX_ORDER}
	 */
	public TransitionCounts(int order) {
		if (order < 1 || order > MAX_ORDER) {
			throw new IllegalArgumentException("Markov order must be between 1 and " + MAX_ORDER + ", got " + order);
		}
		this.order = order;
	}

	public static TransitionCounts of(PathTable paths, int order) {
		TransitionCounts counts = new TransitionCounts(order);
		counts.addAll(paths);
		return counts;
	}

	public int order() {
		return this.order;
	}

	public ChannelDictionary channels() {
		return this.channels;
	}

	/** Number of states, absorbing ones and start included. */
	public int stateCount() {
		return FIRST_TRANSIENT + this.tuples.size();
	}

	public int transitionCount() {
		return this.transitions.size();
	}

	public int from(int transition) {
		return (int) (this.transitions.key(transition) >>> 32);
	}

	public int to(int transition) {
		return (int) this.transitions.key(transition);
	}

	public double weight(int transition) {
		return this.weights[transition];
	}

	/** The channel ids (of {@link #channels()}) of a transient state, oldest first. */
	public int[] stateChannels(int state) {
		if (state < FIRST_TRANSIENT) {
			return new int[0];
		}
		long key = this.tuples.key(state - FIRST_TRANSIENT);
		int length = 0;
		for (long rest = key; rest != 0; rest >>>= 16) {
			length++;
		}
		int[] ids = new int[length];
		long rest = key;
		for (int i = length - 1; i >= 0; i--) {
			ids[i] = (int) (rest & 0xFFFF) - 1;
			rest >>>= 16;
		}
		return ids;
	}

	/** Adds the transitions of every path of {@code paths}. */
	public TransitionCounts addAll(PathTable paths) {
		int[] translation = translation(paths.channelNames());
		long keyMask = (this.order == MAX_ORDER) ? -1L : (1L << (16 * this.order)) - 1;
		for (int p = 0; p < paths.size(); p++) {
			double conversions = paths.conversions(p);
			double nulls = paths.nulls(p);
			double weight = conversions + nulls;
			if (weight == 0) {
				continue;
			}
			int state = START;
			long key = 0;
			int previous = -1;
			for (int t = paths.pathStart(p); t < paths.pathEnd(p); t++) {
				int channel = translation[paths.channelAt(t)];
				if (channel == previous) {
					continue;
				}
				previous = channel;
				key = ((key << 16) | (channel + 1)) & keyMask;
				int next = state(key);
				add(state, next, weight);
				state = next;
			}
			if (conversions > 0) {
				add(state, CONVERSION, conversions);
			}
			if (nulls > 0) {
				add(state, NULL, nulls);
			}
		}
		return this;
	}

	/**
	 * The sum of this and {@code other} (same order), matching states by channel names.
	 * Neither operand changes.
	 */
	public TransitionCounts merge(TransitionCounts other) {
		if (other.order != this.order) {
			throw new IllegalArgumentException("cannot merge Markov orders " + this.order + " and " + other.order);
		}
		TransitionCounts sum = new TransitionCounts(this.order);
		sum.addTransitions(this);
		sum.addTransitions(other);
		return sum;
	}

	private void addTransitions(TransitionCounts source) {
		int[] translation = translation(source.channels.names());
		int[] states = new int[source.stateCount()];
		states[START] = START;
		states[CONVERSION] = CONVERSION;
		states[NULL] = NULL;
		for (int s = FIRST_TRANSIENT; s < states.length; s++) {
			long key = 0;
			for (int channel : source.stateChannels(s)) {
				key = (key << 16) | (translation[channel] + 1);
			}
			states[s] = FIRST_TRANSIENT + this.tuples.indexOf(key);
		}
		for (int t = 0; t < source.transitionCount(); t++) {
			add(states[source.from(t)], states[source.to(t)], source.weight(t));
		}
	}

	private int[] translation(List<String> names) {
		int[] translation = new int[names.size()];
		for (int id = 0; id < translation.length; id++) {
			translation[id] = this.channels.idOf(names.get(id));
		}
		return translation;
	}

	/**
	 * The state of a packed tuple; tuples of one channel are found through a direct
	 * table.
	 */
	private int state(long key) {
		if (key >= this.singleChannelStates.length) {
			return FIRST_TRANSIENT + this.tuples.indexOf(key);
		}
		int state = this.singleChannelStates[(int) key];
		if (state == 0) {
			state = FIRST_TRANSIENT + this.tuples.indexOf(key);
			this.singleChannelStates[(int) key] = state;
		}
		return state;
	}

	private void add(int from, int to, double weight) {
		int transition;
		if (from < DENSE_STATES && to < DENSE_STATES) {
			// the first states (all of them for order 1) are counted through a direct
			// table,
			// which spares the hash lookup on most touches
			int cell = from * DENSE_STATES + to;
			transition = this.denseTransitions[cell] - 1;
			if (transition < 0) {
				transition = this.transitions.indexOf(((long) from << 32) | to);
				this.denseTransitions[cell] = transition + 1;
			}
		}
		else {
			transition = this.transitions.indexOf(((long) from << 32) | to);
		}
		if (transition == this.weights.length) {
			this.weights = Arrays.copyOf(this.weights, transition * 2);
		}
		this.weights[transition] += weight;
	}

}
