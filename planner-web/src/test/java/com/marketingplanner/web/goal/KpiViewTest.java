package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiTargets;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

class KpiViewTest {

	private static final Plan PLAN = new Plan("Plan", new AppUser("anna", "Anna", "x", Role.PLANNER),
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	@Test
	void lowerIsBetterAttainmentIsTargetOverActual() {
		// CAC ≤ 15, actual 18 → 83.3 % (seed digest row 16)
		KpiView view = view(TargetType.AT_MOST, Direction.LOWER_IS_BETTER, null, "15", null, null, "18");
		assertThat(view.attainmentPercent()).isEqualByComparingTo("83.3");
		assertThat(view.status()).isEqualTo(GoalStatus.BELOW_TARGET);
		assertThat(view.statusColour()).isEqualTo("amber");
	}

	@Test
	void fromToAttainmentCountsFromTheBaseline() {
		// social conversion 9.2 → 14, actual 11.6 → 50 % (seed digest row 17)
		KpiView view = view(TargetType.FROM_TO, Direction.HIGHER_IS_BETTER, "9.2", "14", null, null, "11.6");
		assertThat(view.attainmentPercent()).isEqualByComparingTo("50.0");
		assertThat(view.status()).isEqualTo(GoalStatus.BELOW_TARGET);
	}

	@Test
	void relativeChangeIsStoredInPercentAndEvaluatedAsAFraction() {
		// CAC Δ −25 % from 2.4: actual 1.8 is exactly −25 %
		KpiView view = view(TargetType.RELATIVE_CHANGE, Direction.LOWER_IS_BETTER, "2.4", "-25", "-30", null, "1.8");
		assertThat(view.attainmentPercent()).isEqualByComparingTo("100.0");
		assertThat(view.status()).isEqualTo(GoalStatus.ON_TARGET);
	}

	@Test
	void relativeChangeWithoutBaselineIsUndefinedWithAReason() {
		KpiView view = view(TargetType.RELATIVE_CHANGE, Direction.LOWER_IS_BETTER, null, "-25", null, null, "1.8");
		assertThat(view.attainmentPercent()).isNull();
		assertThat(view.status()).isEqualTo(GoalStatus.UNDEFINED);
		assertThat(view.attainment().explanation()).contains("baseline");
	}

	@Test
	void threeLevelTargetReachesTheStretchBand() {
		// GMV 8000萬 / 1億 / 1.2億 (seed digest row 21)
		KpiView view = view(TargetType.FROM_TO, Direction.HIGHER_IS_BETTER, "80000000", "100000000", "120000000", null,
				"125000000");
		assertThat(view.status()).isEqualTo(GoalStatus.STRETCH_MET);
		assertThat(view.statusColour()).isEqualTo("blue");
		assertThat(view(TargetType.FROM_TO, Direction.HIGHER_IS_BETTER, "80000000", "100000000", "120000000", null,
				"70000000")
			.status()).isEqualTo(GoalStatus.BELOW_BASELINE);
	}

	@Test
	void multipleOfBenchmarkComparesWithKTimesTheBenchmark() {
		// brand awareness 1.5 × industry average 20 → level 30; actual 24 → 80 %
		KpiView view = view(TargetType.MULTIPLE_OF_BENCHMARK, Direction.HIGHER_IS_BETTER, null, "1.5", null, "20",
				"24");
		assertThat(view.attainmentPercent()).isEqualByComparingTo("80.0");
	}

	@Test
	void aKpiWithoutMeasurementIsNotMeasured() {
		Kpi kpi = kpi(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, null, "38", null, null);
		KpiView view = KpiView.of(kpi, null);
		assertThat(view.status()).isEqualTo(GoalStatus.NOT_MEASURED);
		assertThat(view.attainmentPercent()).isNull();
		assertThat(view.actual()).isNull();
	}

	private static KpiView view(TargetType type, Direction direction, String baseline, String target, String challenge,
			String benchmark, String actual) {
		Kpi kpi = kpi(type, direction, baseline, target, challenge, benchmark);
		KpiMeasurement measurement = new KpiMeasurement(kpi,
				new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)), new BigDecimal(actual), null, null);
		return KpiView.of(kpi, measurement);
	}

	private static Kpi kpi(TargetType type, Direction direction, String baseline, String target, String challenge,
			String benchmark) {
		return new Kpi(PLAN, "KPI",
				new KpiTargets(type, direction, n(baseline), n(target), n(challenge), n(benchmark)));
	}

	private static BigDecimal n(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
