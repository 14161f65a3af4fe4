package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

import com.marketingplanner.analytics.bench.JourneyGenerator;
import com.marketingplanner.analytics.journey.PathTable;

/** Builds small path tables from text for the tests. */
final class TestPaths {

	private final PathTable.Builder builder = PathTable.builder();

	static TestPaths paths() {
		return new TestPaths();
	}

	/** Adds a path written {@code a > b > c}. */
	TestPaths add(String path, double conversions, double value, double nulls) {
		this.builder.add(Arrays.stream(path.split(">")).map(String::trim).toList(), conversions, value, nulls);
		return this;
	}

	/** Declares a channel that no path touches (so that it must get zero credit). */
	TestPaths channel(String name) {
		this.builder.channels().idOf(name);
		return this;
	}

	PathTable build() {
		return this.builder.build();
	}

	/** Paths of {@code journeys} generated journeys (12 channels, ≈10% converting). */
	static PathTable generated(int journeys, long seed) {
		PathTable.Builder builder = PathTable.builder();
		JourneyGenerator.CHANNELS.forEach(builder.channels()::idOf);
		int[] path = new int[64];
		int[] length = { 0 };
		int[] current = { 0 };
		double[] value = { Double.NaN };
		Runnable flush = () -> {
			boolean converted = !Double.isNaN(value[0]);
			builder.add(path, 0, length[0], converted ? 1 : 0, converted ? value[0] : 0, converted ? 0 : 1);
			length[0] = 0;
			value[0] = Double.NaN;
		};
		new JourneyGenerator().generate(journeys, seed, (journey, time, channel, conversionValue) -> {
			if (journey != current[0]) {
				flush.run();
				current[0] = journey;
			}
			path[length[0]++] = channel;
			if (!Double.isNaN(conversionValue)) {
				value[0] = conversionValue;
			}
		});
		flush.run();
		return builder.build();
	}

}
