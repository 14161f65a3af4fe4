package com.marketingplanner.analytics.attribution;

import java.time.Duration;

import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * Time decay: touch i of a converting journey earns weight
 * {@code w_i = 2^(-Δt_i / halfLife)} with {@code Δt_i = conversion time - touch time};
 * its share is {@code w_i / Σ w}. The half-life defaults to 7 days. The conversion time
 * is the time of the converting touch.
 * <p>
 * Aggregated paths carry no timestamps. For them this model assumes consecutive touches
 * are {@code touchInterval} apart (default 1 day) and the last touch is the conversion,
 * so touch i of a path of length L has {@code Δt_i = (L - 1 - i) × touchInterval}. The
 * result on journeys with real times ({@link #attribute(Journeys)}) is therefore not the
 * same as on their aggregated paths.
 * <p>
 * Source: Google Analytics' "time decay" model (7-day half-life).
 */
public final class TimeDecayModel implements AttributionModel {

	public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

	public static final Duration DEFAULT_TOUCH_INTERVAL = Duration.ofDays(1);

	private final double halfLifeMillis;

	private final double touchIntervalMillis;

	public TimeDecayModel() {
		this(DEFAULT_HALF_LIFE, DEFAULT_TOUCH_INTERVAL);
	}

	/**
	 * @throws IllegalArgumentException unless half-life is positive and interval not
	 * negative
	 */
	public TimeDecayModel(Duration halfLife, Duration touchInterval) {
		if (halfLife.isZero() || halfLife.isNegative() || touchInterval.isNegative()) {
			throw new IllegalArgumentException("half-life must be positive and touch interval not negative");
		}
		this.halfLifeMillis = halfLife.toMillis();
		this.touchIntervalMillis = touchInterval.toMillis();
	}

	@Override
	public String name() {
		return "time-decay";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return TouchShares.attribute(name(), paths, (table, start, length, shares) -> {
			double total = 0;
			for (int i = 0; i < length; i++) {
				shares[i] = weight((length - 1 - i) * this.touchIntervalMillis);
				total += shares[i];
			}
			for (int i = 0; i < length; i++) {
				shares[i] /= total;
			}
		});
	}

	/** Time decay on journeys with their real touch times. */
	public AttributionResult attribute(Journeys journeys) {
		int channels = journeys.channels().size();
		double[] conversions = new double[channels];
		double[] values = new double[channels];
		for (int j = 0; j < journeys.count(); j++) {
			if (!journeys.converted(j)) {
				continue;
			}
			int start = journeys.start(j);
			int end = journeys.end(j);
			long conversionTime = journeys.time(end - 1);
			double total = 0;
			for (int t = start; t < end; t++) {
				total += weight(conversionTime - journeys.time(t));
			}
			double value = journeys.value(j);
			for (int t = start; t < end; t++) {
				double share = weight(conversionTime - journeys.time(t)) / total;
				conversions[journeys.channel(t)] += share;
				values[journeys.channel(t)] += value * share;
			}
		}
		return AttributionResult.of(name(), journeys.channels(), conversions, values);
	}

	private double weight(double deltaMillis) {
		return Math.pow(2, -deltaMillis / this.halfLifeMillis);
	}

}
