package com.marketingplanner.analytics.funnel;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.marketingplanner.analytics.funnel.FunnelEvents.DAY;
import static com.marketingplanner.analytics.funnel.FunnelEvents.log;
import static org.assertj.core.api.Assertions.assertThat;

class EventFunnelTest {

	private static final FunnelSpec ABC = FunnelSpec.of(List.of("a", "b", "c"));

	private static long[] reaching(EventLog log, FunnelSpec spec) {
		return EventFunnel.analyse(log, spec).overall().users();
	}

	@Test
	void countsEachUserAtTheFurthestStepInOrder() {
		// u1 a,b,c → 3; u2 a,c,b → c before b does not count → 2; u3 b,a → 1; u4 only c →
		// 0 (not counted)
		EventLog events = log("u1 a 0", "u1 b 1", "u1 c 2", "u2 a 0", "u2 c 1", "u2 b 2", "u3 b 0", "u3 a 1", "u4 c 0");
		// step a: u1,u2,u3 = 3; step b: u1,u2 = 2; step c: u1 = 1
		assertThat(reaching(events, ABC)).containsExactly(3, 2, 1);
	}

	@Test
	void windowIsInclusiveAndMeasuredFromStepOne() {
		// u1 b exactly 14 days after a → counts; u2 b 14 days + 1 ms after a → does not
		EventLog events = EventLog.builder()
			.add("u1", 0, "a")
			.add("u1", 14 * DAY, "b")
			.add("u2", 0, "a")
			.add("u2", 14 * DAY + 1, "b")
			.build();
		assertThat(reaching(events, FunnelSpec.of(List.of("a", "b")))).containsExactly(2, 1);
	}

	@Test
	void anyStepOneEventMayOpenAWindow() {
		// a@0 is too early for b@20 (20 > 14 days), but a@10 opens a window: b@20 (+10),
		// c@22 (+12) → 3
		EventLog events = log("u a 0", "u a 10", "u b 20", "u c 22");
		assertThat(reaching(events, ABC)).containsExactly(1, 1, 1);
	}

	@Test
	void furthestStepOverAllWindowsCounts() {
		// window from a@0 reaches b@1 only (c@30 too late); window from a@25 reaches c?
		// no b after it → 1.
		// furthest over windows = 2
		EventLog events = log("u a 0", "u b 1", "u a 25", "u c 30");
		assertThat(reaching(events, ABC)).containsExactly(1, 1, 0);
	}

	@Test
	void rowsMayComeInAnyOrder() {
		EventLog sorted = log("u1 a 0", "u1 b 1", "u1 c 2", "u2 a 0", "u2 b 3");
		EventLog shuffled = log("u2 b 3", "u1 c 2", "u1 a 0", "u2 a 0", "u1 b 1");
		assertThat(reaching(shuffled, ABC)).containsExactly(reaching(sorted, ABC));
		assertThat(reaching(shuffled, ABC)).containsExactly(2, 2, 1);
	}

	@Test
	void eventsAtTheSameInstantCountInStepOrder() {
		EventLog events = log("u b 0", "u a 0");
		assertThat(reaching(events, FunnelSpec.of(List.of("a", "b")))).containsExactly(1, 1);
	}

	@Test
	void strictOrderEndsAnAttemptAtAnotherFunnelEvent() {
		// a,b,a,c: loose → 3 (c follows b of the first attempt);
		// strict → the second a ends attempt 1 at step 2; attempt 2 (a) is ended by c →
		// furthest 2
		EventLog events = log("u a 0", "u b 1", "u a 2", "u c 3");
		assertThat(reaching(events, ABC)).containsExactly(1, 1, 1);
		assertThat(reaching(events, ABC.withOrder(FunnelOrder.STRICT))).containsExactly(1, 1, 0);
	}

	@Test
	void strictOrderAllowsRepeatsOfTheStepJustReachedAndIgnoresOtherEvents() {
		// u1 a,b,b,c → 3; u2 a,b,x,c (x is no step) → 3; u3 a,c,b,c: c out of turn ends
		// the attempt → 1
		EventLog events = log("u1 a 0", "u1 b 1", "u1 b 2", "u1 c 3", "u2 a 0", "u2 b 1", "u2 x 2", "u2 c 3", "u3 a 0",
				"u3 c 1", "u3 b 2", "u3 c 3");
		assertThat(reaching(events, ABC.withOrder(FunnelOrder.STRICT))).containsExactly(3, 2, 2);
		// loose counts u3 fully: a, b@2, c@3
		assertThat(reaching(events, ABC)).containsExactly(3, 3, 3);
	}

	@Test
	void anyOrderNeedsAllStepsWithinOneSpan() {
		// u1 c,b,a within 2 days → 3 in any order, 1 in loose order; u2 b@0, a@20 → only
		// a → 1
		EventLog events = log("u1 c 0", "u1 b 1", "u1 a 2", "u2 b 0", "u2 a 20");
		assertThat(reaching(events, ABC.withOrder(FunnelOrder.ANY))).containsExactly(2, 1, 1);
		assertThat(reaching(events, ABC)).containsExactly(2, 0, 0);
	}

	@Test
	void perStepWindowsBoundEachStepFromStepOne() {
		// b must follow a within 1 day, c within 14 days: u1 b@+2d misses; u2 b@+0.5d,
		// c@+10d → 3
		FunnelSpec spec = ABC.withStepWindows(List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(14)));
		EventLog events = log("u1 a 0", "u1 b 2", "u1 c 3", "u2 a 0", "u2 b 0.5", "u2 c 10");
		assertThat(reaching(events, spec)).containsExactly(2, 1, 1);
	}

	@Test
	void breakdownTakesTheValueFromTheChosenStep() {
		// u1: a from "ads", b from "organic"; u2: a "organic" only
		EventLog events = log("u1 a 0 ads", "u1 b 1 organic", "u2 a 0 organic");
		FunnelSpec spec = FunnelSpec.of(List.of("a", "b"));
		FunnelResult byFirst = EventFunnel.analyse(events, spec.withBreakdown(BreakdownSource.FIRST_STEP));
		assertThat(byFirst.breakdown().get("ads").users()).containsExactly(1, 1);
		assertThat(byFirst.breakdown().get("organic").users()).containsExactly(1, 0);
		FunnelResult byReached = EventFunnel.analyse(events, spec.withBreakdown(BreakdownSource.REACHED_STEP));
		assertThat(byReached.breakdown()).doesNotContainKey("ads");
		assertThat(byReached.breakdown().get("organic").users()).containsExactly(2, 1);
		assertThat(byReached.breakdownSource()).isEqualTo(BreakdownSource.REACHED_STEP);
	}

	@Test
	void timeToConvertMeasuresTheCompletingAttempt() {
		// u1 completes in 2 days; u2 in 0.5 days (from the later a@3); u3 in 10 days; u4
		// does not complete
		EventLog events = log("u1 a 0", "u1 b 1", "u1 c 2", "u2 a 0", "u2 a 3", "u2 b 3.25", "u2 c 3.5", "u3 a 0",
				"u3 b 5", "u3 c 10", "u4 a 0");
		TimeToConvert ttc = EventFunnel.analyse(events, ABC).timeToConvert();
		assertThat(ttc.converters()).isEqualTo(3);
		// sorted 0.5 d, 2 d, 10 d: p50 = ⌈1.5⌉ = 2nd = 2 d; p90 = ⌈2.7⌉ = 3rd = 10 d; p25
		// = ⌈0.75⌉ = 1st
		assertThat(ttc.percentiles().get(0).value()).isEqualTo(Duration.ofHours(12));
		assertThat(ttc.percentiles().get(1).value()).isEqualTo(Duration.ofDays(2));
		assertThat(ttc.percentiles().get(3).value()).isEqualTo(Duration.ofDays(10));
		// buckets ≤1h, ≤6h, ≤1d, ≤3d, ≤7d, ≤14d, more: 0,0,1,1,0,1,0
		assertThat(ttc.histogram().stream().mapToLong(TimeToConvert.Bucket::users).toArray()).containsExactly(0, 0, 1,
				1, 0, 1, 0);
	}

	@Test
	void aOneStepFunnelCountsUsersWithTheEvent() {
		EventLog events = log("u1 a 0", "u1 a 1", "u2 b 0", "u3 a 4");
		assertThat(reaching(events, FunnelSpec.of(List.of("a")))).containsExactly(2);
	}

}
