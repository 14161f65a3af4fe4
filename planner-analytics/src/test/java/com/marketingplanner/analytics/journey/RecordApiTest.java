package com.marketingplanner.analytics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordApiTest {

	@Test
	void touchpointRecordsBuildTheSameJourneysAsTheColumnarLog() {
		Instant day = Instant.parse("2025-05-01T00:00:00Z");
		List<Touchpoint> touches = List.of(Touchpoint.conversion("u1", day.plus(Duration.ofDays(2)), "email", 12.5),
				Touchpoint.touch("u1", day, "search"), Touchpoint.touch("u2", day, "display"));
		PathTable paths = new JourneyBuilder(Duration.ofDays(30)).build(Touchpoint.toLog(touches)).toPathTable();
		assertThat(PathCount.rowsOf(paths)).containsExactlyInAnyOrder(
				new PathCount(List.of("search", "email"), 1, 12.5, 0), new PathCount(List.of("display"), 0, 0, 1));
	}

	@Test
	void pathCountRecordsRoundTripThroughThePathTable() {
		List<PathCount> rows = List.of(new PathCount(List.of("a", "b", "a"), 3, 30, 2),
				new PathCount(List.of("b"), 0, 0, 5));
		assertThat(PathCount.rowsOf(PathCount.toTable(rows))).isEqualTo(rows);
	}

}
