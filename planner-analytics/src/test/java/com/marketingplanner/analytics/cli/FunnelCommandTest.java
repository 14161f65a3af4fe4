package com.marketingplanner.analytics.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String content) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, content);
		return file;
	}

	@Test
	void printsUsersAndRatesPerStep() throws IOException {
		// u1 view→cart→pay; u2 view→cart; u3 view; u4 cart only (no step 1): view 3, cart
		// 2, pay 1
		// rows out of order, mixed timestamp forms (Z, offset, local = UTC)
		Path events = write("events.csv", """
				user_id,timestamp,event
				u1,2026-03-02T10:00:00Z,cart
				u1,2026-03-01T10:00:00Z,view
				u1,2026-03-03T18:00:00+08:00,pay
				u2,2026-03-01T00:00:00,view
				u2,2026-03-14T23:59:59Z,cart
				u3,2026-03-01,view
				u4,2026-03-01T00:00:00Z,cart
				""");
		CliRun run = CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps",
				"view,cart,pay");
		assertThat(run.status()).isZero();
		// step rates: 3/3, 2/3 = 0.666667, 1/2; cumulative 1, 0.666667, 0.333333
		assertThat(run.lines()).containsExactly("step,event,users,step_rate,cumulative_rate",
				"1,view,3,1.000000,1.000000", "2,cart,2,0.666667,0.666667", "3,pay,1,0.500000,0.333333");
	}

	@Test
	void windowAndOrderOptionsApply() throws IOException {
		// cart 2 days after view: inside 14d, outside 1d; strict order fails on the
		// repeated view in between? no:
		// view, view, cart is a repeat of step 1 then cart → strict reaches 2 as well
		Path events = write("events.csv", """
				user_id,timestamp,event
				u1,2026-03-01T00:00:00Z,view
				u1,2026-03-02T00:00:00Z,view
				u1,2026-03-03T00:00:00Z,cart
				""");
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart", "--window", "12h")
			.lines()).contains("2,cart,0,0.000000,0.000000");
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart", "--window",
					"PT24H", "--order", "strict")
			.lines()).contains("2,cart,1,1.000000,1.000000");
	}

	@Test
	void stepWindowsBoundEachStepFromStepOne() throws IOException {
		// cart 2 days after view: fine for the 14-day window, too late for a 1-day step
		// window
		Path events = write("events.csv", """
				user_id,timestamp,event
				u1,2026-03-01T00:00:00Z,view
				u1,2026-03-03T00:00:00Z,cart
				""");
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart", "--step-windows",
					"0,1d")
			.lines()).contains("2,cart,0,0.000000,0.000000");
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart", "--step-windows",
					"0,1d,2d")
			.err()).contains("one step window per step");
	}

	@Test
	void breakdownAddsABlockPerValue() throws IOException {
		Path events = write("events.csv", """
				user_id,timestamp,event,source
				u1,2026-03-01T00:00:00Z,view,ads
				u1,2026-03-02T00:00:00Z,cart,ads
				u2,2026-03-01T00:00:00Z,view,organic
				""");
		CliRun run = CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart",
				"--breakdown-column", "source");
		assertThat(run.lines()).containsExactly("breakdown,step,event,users,step_rate,cumulative_rate",
				"*,1,view,2,1.000000,1.000000", "*,2,cart,1,0.500000,0.500000", "ads,1,view,1,1.000000,1.000000",
				"ads,2,cart,1,1.000000,1.000000", "organic,1,view,1,1.000000,1.000000",
				"organic,2,cart,0,0.000000,0.000000");
	}

	@Test
	void badTimestampNamesFileAndLineAndPrintsNothing() throws IOException {
		Path events = write("events.csv", "user_id,timestamp,event\nu1,2026-03-01T00:00:00Z,view\nu1,yesterday,cart\n");
		CliRun run = CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view,cart");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains(events + ":3:").contains("'yesterday' is not an ISO-8601 timestamp");
	}

	@Test
	void missingColumnIsReportedOnLineOne() throws IOException {
		Path events = write("events.csv", "user,timestamp,event\nu1,2026-03-01T00:00:00Z,view\n");
		CliRun run = CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "view");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(events + ":1: missing column 'user_id'");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void badOptionsAreUsageErrors() throws IOException {
		Path events = write("events.csv", "user_id,timestamp,event\n");
		assertThat(CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString()).status()).isEqualTo(2);
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "a,b", "--order", "sideways")
			.err()).contains("'--order' must be one of loose|strict|any");
		assertThat(CliRun.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "a,a").err())
			.contains("distinct");
		assertThat(CliRun
			.of(new FunnelCommand(), "funnel", "--events", events.toString(), "--steps", "a", "--colour", "red")
			.err()).contains("unknown option '--colour'");
	}

	@Test
	void missingFileIsAnInputError() {
		CliRun run = CliRun.of(new FunnelCommand(), "funnel", "--events", this.dir.resolve("none.csv").toString(),
				"--steps", "a");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("cannot read the file");
	}

}
