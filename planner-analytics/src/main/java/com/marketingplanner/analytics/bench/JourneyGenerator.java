package com.marketingplanner.analytics.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic journeys for tests and benchmarks: the same journey count and
 * seed always give the same journeys, on any machine ({@link SplittableRandom} is
 * specified bit for bit).
 * <p>
 * Shape: 12 channels with Zipf-like popularity; path length 1..12, truncated geometric
 * with mean ≈ 3; after each touch the same channel is touched again with probability
 * {@value #REPEAT}; a journey converts with a probability that grows with its length and
 * with some channels (≈ 10% overall); conversion value ≈ log-normal around 80. Touch
 * times: the journey starts at a random second of 2025 and touches are 1 minute to 2 days
 * apart, so every journey fits a 30-day lookback window. Each journey is one user
 * ({@code u<j>}).
 */
public final class JourneyGenerator {

	public static final List<String> CHANNELS = List.of("direct", "paid_search", "organic_search", "social_paid",
			"email", "display", "social_organic", "affiliate", "video", "referral", "push", "sms");

	static final double REPEAT = 0.12;

	private static final double LENGTH_RATIO = 0.675;

	private static final int MAX_LENGTH = 12;

	private static final double ZIPF_EXPONENT = 0.9;

	private static final long YEAR_START = 1_735_689_600L; // 2025-01-01T00:00:00Z

	/** Conversion-probability multiplier per channel (index as in {@link #CHANNELS}). */
	private static final double[] CHANNEL_LIFT = { 1.3, 1.4, 1.1, 0.8, 1.5, 0.6, 0.9, 1.0, 0.7, 1.2, 0.8, 1.0 };

	/** Receives one generated touch. */
	@FunctionalInterface
	public interface TouchSink {

		/**
		 * @param journey journey (and user) number, 0-based
		 * @param epochSeconds touch time
		 * @param channel index into {@link #CHANNELS}
		 * @param conversionValue value on the converting (last) touch, else {@code NaN}
		 */
		void touch(int journey, long epochSeconds, int channel, double conversionValue);

	}

	private final double[] channelCumulative = new double[CHANNELS.size()];

	private final double[] lengthCumulative = new double[MAX_LENGTH];

	public JourneyGenerator() {
		double total = 0;
		for (int c = 0; c < CHANNELS.size(); c++) {
			total += 1 / Math.pow(c + 1, ZIPF_EXPONENT);
			this.channelCumulative[c] = total;
		}
		for (int c = 0; c < CHANNELS.size(); c++) {
			this.channelCumulative[c] /= total;
		}
		total = 0;
		for (int length = 1; length <= MAX_LENGTH; length++) {
			total += Math.pow(LENGTH_RATIO, length - 1);
			this.lengthCumulative[length - 1] = total;
		}
		for (int i = 0; i < MAX_LENGTH; i++) {
			this.lengthCumulative[i] /= total;
		}
	}

	/** Generates {@code journeys} journeys from {@code seed}, touches in time order. */
	public void generate(int journeys, long seed, TouchSink sink) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] path = new int[MAX_LENGTH];
		for (int j = 0; j < journeys; j++) {
			int length = pick(this.lengthCumulative, random.nextDouble()) + 1;
			double lift = 1;
			for (int i = 0; i < length; i++) {
				path[i] = (i > 0 && random.nextDouble() < REPEAT) ? path[i - 1]
						: pick(this.channelCumulative, random.nextDouble());
				lift = Math.max(lift, CHANNEL_LIFT[path[i]]);
			}
			double conversionProbability = Math.min(0.9, (0.035 + 0.02 * (length - 1)) * lift);
			boolean converts = random.nextDouble() < conversionProbability;
			double value = converts ? Math.round(80 * Math.exp(0.6 * random.nextGaussian()) * 100) / 100.0 : Double.NaN;
			long time = YEAR_START + random.nextLong(365L * 86_400);
			for (int i = 0; i < length; i++) {
				if (i > 0) {
					time += 60 + random.nextLong(2L * 86_400 - 60);
				}
				sink.touch(j, time, path[i], (i == length - 1) ? value : Double.NaN);
			}
		}
	}

	private static int pick(double[] cumulative, double u) {
		for (int i = 0; i < cumulative.length - 1; i++) {
			if (u < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

}
