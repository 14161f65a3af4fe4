package com.marketingplanner.analytics.io;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IsoTimestampsTest {

	private static final CsvReader.Row ROW = new CsvReader.Row("events.csv", 7, List.of());

	@Test
	void fastPathAgreesWithTheIsoParserOverGeneratedInstants() {
		// property: 1600-01-01 .. 2400-01-01 at second resolution, including leap days
		// and centuries
		Random random = new Random(12);
		long from = Instant.parse("1600-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("2400-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 20_000; i++) {
			long seconds = from + (long) (random.nextDouble() * (to - from));
			String text = Instant.ofEpochSecond(seconds).toString();
			assertThat(IsoTimestamps.utcSecondsFastPath(text)).as(text).isEqualTo(seconds);
			assertThat(IsoTimestamps.epochMillis(text, ROW)).isEqualTo(seconds * 1000);
		}
	}

	@Test
	void leapDaysAndOtherFormsAreHandled() {
		assertThat(IsoTimestamps.epochMillis("2024-02-29T12:00:00Z", ROW))
			.isEqualTo(Instant.parse("2024-02-29T12:00:00Z").toEpochMilli());
		// other forms take the general path: offset, fraction, local time (UTC), date
		// only
		assertThat(IsoTimestamps.epochMillis("2026-03-01T08:00:00+08:00", ROW))
			.isEqualTo(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
		assertThat(IsoTimestamps.epochMillis("2026-03-01T00:00:00.250Z", ROW))
			.isEqualTo(Instant.parse("2026-03-01T00:00:00.250Z").toEpochMilli());
		assertThat(IsoTimestamps.epochMillis("2026-03-01T00:00:00", ROW))
			.isEqualTo(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
		assertThat(IsoTimestamps.epochMillis("2026-03-01", ROW))
			.isEqualTo(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
	}

	@Test
	void impossibleDatesAreRejectedWithTheLine() {
		for (String text : new String[] { "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
				"2026-01-0xT00:00:00Z" }) {
			assertThat(IsoTimestamps.utcSecondsFastPath(text)).isEqualTo(Long.MIN_VALUE);
			assertThatExceptionOfType(CsvInputException.class).isThrownBy(() -> IsoTimestamps.epochMillis(text, ROW))
				.satisfies((ex) -> assertThat(ex.line()).isEqualTo(7));
		}
	}

}
