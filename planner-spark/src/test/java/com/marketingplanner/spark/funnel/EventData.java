package com.marketingplanner.spark.funnel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.marketingplanner.spark.TestFiles;

/**
 * Events for funnel tests: few users with many events over 30 days at hour resolution (so
 * windows of days cut attempts and events tie), steps out of order and repeated, an event
 * that is no step, and a breakdown column {@code country}.
 */
final class EventData {

	static final List<String> STEPS = List.of("view", "cart", "checkout", "pay");

	private static final String[] NAMES = { "view", "view", "cart", "cart", "checkout", "pay", "search" };

	private static final String[] COUNTRIES = { "CN", "DE", "US", "" };

	private EventData() {
	}

	static Path write(Path file, int users, int events, long seed) {
		Random random = new Random(seed);
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			Instant time = start.plus(Duration.ofHours(random.nextInt(30 * 24)));
			rows.add("u" + random.nextInt(users) + "," + time + "," + NAMES[random.nextInt(NAMES.length)] + ","
					+ COUNTRIES[random.nextInt(COUNTRIES.length)]);
		}
		Collections.shuffle(rows, random);
		return TestFiles.write(file, "user_id,timestamp,event,country\n" + String.join("\n", rows) + "\n");
	}

}
