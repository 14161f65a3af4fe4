package com.marketingplanner.analytics.funnel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The byte-level event reader gives the same log and the same messages as the general CSV
 * reader (the command line's former path) on the same files.
 */
class EventFileReaderTest {

	@TempDir
	Path dir;

	@Test
	void readsTheSameEventsAsTheGeneralReader() throws IOException {
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,device\n");
		Random random = new Random(7);
		String[] events = { "view", "cart", "pay", "search" };
		String[] times = { "2026-03-01T10:15:30Z", "2026-03-01T10:15:30.250+08:00", "2026-03-02", "2026-03-02T08:00",
				"2026-03-03T23:59:59-05:00" };
		for (int i = 0; i < 2000; i++) {
			csv.append(i % 3 == 0 ? "\"u" + random.nextInt(300) + "\"" : "u" + random.nextInt(300)).append(',');
			csv.append(times[random.nextInt(times.length)]).append(',');
			csv.append(events[random.nextInt(events.length)]).append(',');
			csv.append(random.nextBoolean() ? "ios" : "\"android, tablet\"").append('\n');
			if (i % 500 == 0) {
				csv.append('\n');
			}
		}
		Path file = write(csv.toString());

		EventLog fast = EventFileReader.read(file, "device");
		EventLog general = general(file, "device");

		assertThat(fast.size()).isEqualTo(general.size());
		assertThat(fast.userCount()).isEqualTo(general.userCount());
		assertThat(fast.eventNames()).isEqualTo(general.eventNames());
		assertThat(fast.propertyValues()).isEqualTo(general.propertyValues());
		for (int i = 0; i < fast.size(); i++) {
			assertThat(fast.users()[i]).isEqualTo(general.users()[i]);
			assertThat(fast.times()[i]).isEqualTo(general.times()[i]);
			assertThat(fast.events()[i]).isEqualTo(general.events()[i]);
			assertThat(fast.property(i)).isEqualTo(general.property(i));
		}
		FunnelSpec spec = new FunnelSpec(List.of("view", "cart", "pay"), FunnelSpec.DEFAULT_WINDOW, List.of(),
				FunnelOrder.LOOSE, null);
		assertThat(EventFunnel.analyse(fast, spec).overall().steps())
			.isEqualTo(EventFunnel.analyse(general, spec).overall().steps());
	}

	@ParameterizedTest
	@ValueSource(strings = { "user_id,timestamp,event\nu1,2026-03-01T00:00:00Z,view\n,2026-03-01T00:00:00Z,view\n",
			"user_id,timestamp,event\nu1,yesterday,view\n", "user_id,timestamp\nu1,2026-03-01T00:00:00Z\n",
			"user_id,timestamp,event\nu1,2026-03-01T00:00:00Z\n", "user_id,timestamp,event\n\"u1,2026-03-01,view\n" })
	void failsWithTheGeneralReadersMessage(String csv) throws IOException {
		Path file = write(csv);
		String expected = messageOf(() -> general(file, null));
		assertThatThrownBy(() -> EventFileReader.read(file, null)).isInstanceOf(CsvInputException.class)
			.hasMessage(expected);
	}

	private static String messageOf(Runnable read) {
		try {
			read.run();
		}
		catch (CsvInputException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("the general reader accepted the file");
	}

	/** The event log as the general, String-based CSV reader reads it, row by row. */
	private static EventLog general(Path file, String breakdownColumn) {
		EventLog.Builder builder = EventLog.builder();
		try (CsvReader reader = CsvReader.open(file)) {
			EventCsvReader.Columns columns = EventCsvReader.Columns.of(reader, breakdownColumn);
			reader.forEachRow((row) -> columns.read(row, builder::add));
		}
		return builder.build();
	}

	private Path write(String csv) throws IOException {
		Path file = this.dir.resolve("events-" + System.nanoTime() + ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

}
