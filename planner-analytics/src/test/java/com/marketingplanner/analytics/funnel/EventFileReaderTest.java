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

	@Test
	void readsAFileInSlicesAsInOnePassEvenWhenACutFallsInsideAQuotedField() throws IOException {
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,device\n");
		Random random = new Random(11);
		String[] events = { "view", "cart", "pay", "search" };
		for (int i = 0; i < 4000; i++) {
			csv.append(i % 89 == 0 ? "\"u\n" + random.nextInt(500) + "\"" : "u" + random.nextInt(500)).append(',');
			csv.append("2026-03-0").append(1 + random.nextInt(9)).append("T10:15:30Z,");
			csv.append(events[random.nextInt(events.length)]).append(',');
			csv.append(random.nextInt(10) == 0 ? "\"android,\ntablet\"" : "ios-" + random.nextInt(3)).append('\n');
		}
		Path file = write(csv.toString());

		EventLog sliced = EventFileReader.read(file, "device", null, 4, 1024);
		EventLog onePass = EventFileReader.read(file, "device", null, 1, Long.MAX_VALUE);

		assertThat(sliced.size()).isEqualTo(onePass.size()).isEqualTo(4000);
		assertThat(sliced.userCount()).isEqualTo(onePass.userCount());
		assertThat(sliced.eventNames()).isEqualTo(onePass.eventNames());
		assertThat(sliced.propertyValues()).isEqualTo(onePass.propertyValues());
		for (int i = 0; i < sliced.size(); i++) {
			assertThat(sliced.users()[i]).isEqualTo(onePass.users()[i]);
			assertThat(sliced.times()[i]).isEqualTo(onePass.times()[i]);
			assertThat(sliced.events()[i]).isEqualTo(onePass.events()[i]);
			assertThat(sliced.property(i)).isEqualTo(onePass.property(i));
		}
		Path late = write(csv + "u1,yesterday,view,ios\n");
		assertThatThrownBy(() -> EventFileReader.read(late, "device", null, 4, 1024)).hasMessage(late + ":"
				+ csv.toString().split("\n", -1).length + ": 'yesterday' is not an ISO-8601 timestamp (timestamp)");
	}

	@Test
	void keepsOnlyTheEventsAskedForWithTheSameFunnelAndStillChecksEveryRow() throws IOException {
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,device\n");
		Random random = new Random(13);
		String[] events = { "search", "view", "cart", "pay" };
		int steps = 0;
		for (int i = 0; i < 6000; i++) {
			String event = events[random.nextInt(events.length)];
			// users 0..99 only search: they are not kept at all
			int user = event.equals("search") ? random.nextInt(600) : 100 + random.nextInt(500);
			csv.append("u").append(user).append(",2026-03-0").append(1 + random.nextInt(9)).append('T');
			csv.append(10 + random.nextInt(10)).append(":15:30Z,").append(event).append(',');
			csv.append("ios-").append(random.nextInt(3)).append('\n');
			steps += event.equals("search") ? 0 : 1;
		}
		Path file = write(csv.toString());
		List<String> funnel = List.of("view", "cart", "pay");

		EventLog all = EventFileReader.read(file, "device", null, 4, 1024);
		EventLog kept = EventFileReader.read(file, "device", funnel, 4, 1024);
		EventLog keptInOnePass = EventFileReader.read(file, "device", funnel, 1, Long.MAX_VALUE);

		assertThat(kept.size()).isEqualTo(steps).isEqualTo(keptInOnePass.size());
		assertThat(kept.eventNames()).containsExactlyInAnyOrderElementsOf(funnel);
		assertThat(kept.userCount()).isEqualTo(500).isLessThan(all.userCount());
		for (FunnelOrder order : FunnelOrder.values()) {
			for (BreakdownSource breakdown : new BreakdownSource[] { null, BreakdownSource.FIRST_STEP }) {
				FunnelSpec spec = new FunnelSpec(funnel, FunnelSpec.DEFAULT_WINDOW, List.of(), order, breakdown);
				assertThat(EventFunnel.analyse(kept, spec)).isEqualTo(EventFunnel.analyse(all, spec));
				assertThat(EventFunnel.analyse(keptInOnePass, spec)).isEqualTo(EventFunnel.analyse(all, spec));
			}
		}
		Path late = write(csv + "u1,yesterday,search,ios\n");
		assertThatThrownBy(() -> EventFileReader.read(late, "device", funnel, 4, 1024))
			.hasMessage(late + ":6002: 'yesterday' is not an ISO-8601 timestamp (timestamp)");
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
