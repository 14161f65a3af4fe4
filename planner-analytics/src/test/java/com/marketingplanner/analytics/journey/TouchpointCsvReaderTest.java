package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointCsvReaderTest {

	@Test
	void readsTouchesWithIsoTimestampsAndEmptyValuesAsPlainTouches() {
		TouchpointLog log = read("""
				user_id,timestamp,channel,conversion_value
				u1,2025-03-01T10:15:30Z,email,
				u1,2025-03-01T18:15:30+08:00,search,12.5
				u2,2025-03-01T10:15:30.250,display,0
				""");
		assertThat(log.size()).isEqualTo(3);
		assertThat(log.userCount()).isEqualTo(2);
		assertThat(log.time(0)).isEqualTo(Instant.parse("2025-03-01T10:15:30Z").toEpochMilli());
		assertThat(log.time(1)).isEqualTo(log.time(0));
		assertThat(log.time(2)).isEqualTo(Instant.parse("2025-03-01T10:15:30.250Z").toEpochMilli());
		assertThat(log.isConversion(0)).isFalse();
		assertThat(log.value(1)).isEqualTo(12.5);
		assertThat(log.isConversion(2)).isTrue();
		assertThat(log.channels().names()).containsExactly("email", "search", "display");
	}

	@Test
	void fastTimestampParsingAgreesWithJavaTime() {
		SplittableRandom random = new SplittableRandom(1);
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		long[] expected = new long[2000];
		for (int i = 0; i < expected.length; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
			expected[i] = instant.toEpochMilli();
			csv.append("u,").append(instant).append(",c,\n");
		}
		TouchpointLog log = read(csv.toString());
		for (int i = 0; i < expected.length; i++) {
			assertThat(log.time(i)).isEqualTo(expected[i]);
		}
	}

	@Test
	void rejectsAnUnparsableTimestampNamingFileAndLine() {
		assertThatThrownBy(() -> read("user_id,timestamp,channel,conversion_value\nu,2025-02-30T00:00:00Z,c,\n"))
			.isInstanceOf(CsvInputException.class)
			.hasMessage("touches.csv:2: '2025-02-30T00:00:00Z' is not an ISO-8601 timestamp (timestamp)");
		assertThatThrownBy(() -> read("user_id,timestamp,channel,conversion_value\nu,yesterday,c,\n"))
			.hasMessageStartingWith("touches.csv:2: 'yesterday' is not an ISO-8601 timestamp");
	}

	@Test
	void rejectsMissingColumnsBadValuesAndEmptyChannels() {
		assertThatThrownBy(() -> read("user_id,timestamp,channel\nu,2025-01-01T00:00:00Z,c\n"))
			.hasMessageContaining("touches.csv:1: missing column 'conversion_value'");
		assertThatThrownBy(() -> read("user_id,timestamp,channel,conversion_value\nu,2025-01-01T00:00:00Z,c,ten\n"))
			.hasMessage("touches.csv:2: 'ten' is not a number (conversion_value)");
		assertThatThrownBy(() -> read("user_id,timestamp,channel,conversion_value\nu,2025-01-01T00:00:00Z,,\n"))
			.hasMessage("touches.csv:2: empty channel");
	}

	@Test
	void readsFilesWithTheByteLevelParserToTheSameTouchesAsTheGeneralReader(@TempDir Path dir) throws IOException {
		SplittableRandom random = new SplittableRandom(8);
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\r\n");
		// 1900..2100 covers leap days, month ends and the non-leap years 1900 and 2100
		for (int row = 0; row < 5_000; row++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 4_133_894_400L));
			csv.append("user ")
				.append(random.nextInt(700))
				.append(',')
				.append(instant)
				.append(",ch-")
				.append(random.nextInt(7));
			csv.append(',').append(random.nextInt(5) == 0 ? String.valueOf(random.nextInt(10_000) / 100.0) : "");
			csv.append((row % 3 == 0) ? "\r\n" : "\n");
		}
		Path file = Files.writeString(dir.resolve("touches.csv"), csv);
		TouchpointLog general;
		try (CsvReader reader = CsvReader.open(file)) {
			general = TouchpointCsvReader.read(reader);
		}
		assertSameTouches(TouchpointCsvReader.read(file), general);
		assertSameTouches(TouchpointFileReader.read(file, 3, 1024), general);
	}

	@Test
	void readsAFileInSlicesAsInOnePassEvenWhenACutFallsInsideAQuotedFieldOrOnABadRow(@TempDir Path dir)
			throws IOException {
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		for (int row = 0; row < 3_000; row++) {
			// quoted fields spanning lines: a cut may fall inside one
			csv.append((row % 97 == 0) ? "\"user\n" + (row % 300) + "\"" : "u" + (row % 300))
				.append(",2025-01-01T00:00:")
				.append(String.format("%02d", row % 60))
				.append("Z,")
				.append((row % 5 == 0) ? "\"paid, search\"" : "ch-" + (row % 4))
				.append(',')
				.append((row % 7 == 0) ? "1.5" : "")
				.append('\n');
		}
		Path file = Files.writeString(dir.resolve("large.csv"), csv);
		assertSameTouches(TouchpointFileReader.read(file, 4, 1024), TouchpointFileReader.read(file, 1, Long.MAX_VALUE));
		Path late = Files.writeString(dir.resolve("late.csv"), csv + "u9,2025-01-02T00:00:00Z,ch-1,ten\n");
		assertThatThrownBy(() -> TouchpointFileReader.read(late, 4, 1024)).hasMessage(
				late + ":" + csv.toString().split("\n", -1).length + ": 'ten' is not a number (conversion_value)");
	}

	private static void assertSameTouches(TouchpointLog fast, TouchpointLog general) {
		assertThat(fast.size()).isEqualTo(general.size());
		assertThat(fast.userCount()).isEqualTo(general.userCount());
		assertThat(fast.channels().names()).isEqualTo(general.channels().names());
		for (int i = 0; i < fast.size(); i++) {
			assertThat(fast.user(i)).isEqualTo(general.user(i));
			assertThat(fast.time(i)).isEqualTo(general.time(i));
			assertThat(fast.channel(i)).isEqualTo(general.channel(i));
			assertThat(Double.valueOf(fast.value(i))).isEqualTo(Double.valueOf(general.value(i)));
		}
	}

	@Test
	void leavesOtherTimestampFormsAndErrorsToTheGeneralReader(@TempDir Path dir) throws IOException {
		Path offsets = Files.writeString(dir.resolve("offsets.csv"),
				"user_id,timestamp,channel,conversion_value\nu,2025-03-01T18:15:30+08:00,c,1\n");
		assertThat(TouchpointCsvReader.read(offsets).time(0))
			.isEqualTo(Instant.parse("2025-03-01T10:15:30Z").toEpochMilli());
		Path leap = Files.writeString(dir.resolve("leap.csv"),
				"user_id,timestamp,channel,conversion_value\nu,2024-02-29T00:00:00Z,c,\nu,2023-02-29T00:00:00Z,c,\n");
		assertThatThrownBy(() -> TouchpointCsvReader.read(leap))
			.hasMessage(leap + ":3: '2023-02-29T00:00:00Z' is not an ISO-8601 timestamp (timestamp)");
	}

	private static TouchpointLog read(String csv) {
		return TouchpointCsvReader.read(CsvReader.of("touches.csv", new StringReader(csv)));
	}

}
