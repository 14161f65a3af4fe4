package com.marketingplanner.spark.attribution;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.marketingplanner.spark.TestFiles;

/**
 * Raw touchpoints that exercise every part of the journey rule: users with several
 * conversions, touches that fall out of a short lookback, touches of one user at the same
 * time (ties keep input order), conversions worth 0, every timestamp form the command
 * line reads, and rows in random order.
 */
final class TouchpointData {

	static final List<String> CHANNELS = List.of("direct", "search", "email", "display", "social", "affiliate", "video",
			"push");

	private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

	private TouchpointData() {
	}

	static Path write(Path file, int users, long seed) {
		Random random = new Random(seed);
		List<String> rows = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			int touches = 1 + random.nextInt(12);
			Instant time = START.plus(Duration.ofMinutes(random.nextInt(120 * 24 * 60)));
			for (int t = 0; t < touches; t++) {
				if (random.nextInt(10) > 0) {
					time = time.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
				}
				String channel = CHANNELS.get(Math.min(random.nextInt(CHANNELS.size() + 3), CHANNELS.size() - 1));
				String value = "";
				int conversion = random.nextInt(100);
				if (conversion < 12) {
					value = String.format(Locale.ROOT, "%.2f", random.nextInt(50_000) / 100.0);
				}
				else if (conversion < 14) {
					value = "0";
				}
				rows.add("user-" + u + "," + timestamp(time, random) + "," + channel + "," + value);
			}
		}
		Collections.shuffle(rows, random);
		return TestFiles.write(file, "user_id,timestamp,channel,conversion_value\n" + String.join("\n", rows) + "\n");
	}

	/** The same instant in one of the forms the command line reads. */
	private static String timestamp(Instant time, Random random) {
		switch (random.nextInt(4)) {
			case 0:
				return time.atOffset(ZoneOffset.ofHours(8)).toString();
			case 1:
				return LocalDateTime.ofInstant(time, ZoneOffset.UTC).toString();
			case 2:
				return time.plusMillis(250).toString();
			default:
				return time.toString();
		}
	}

}
