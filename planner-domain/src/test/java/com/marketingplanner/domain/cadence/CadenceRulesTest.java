package com.marketingplanner.domain.cadence;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadenceRulesTest {

	static final DateRange PLAN_002 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

	private static Cadence entry(Frequency frequency) {
		Cadence cadence = new Cadence(null, 0, "复盘", CadenceKind.REVIEW);
		cadence.recur(frequency, null);
		return cadence;
	}

	@Test
	void aDailyStandUpInWeeksOneToTwelveMeetsEveryDayOfThoseWeeksOnly() {
		Cadence standUp = entry(Frequency.DAILY);
		standUp.applyInWeeks(1, 12);

		List<LocalDate> dates = standUp.occurrences(PLAN_002, PLAN_002, 5000);

		assertThat(dates).hasSize(84);
		assertThat(dates.get(0)).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(dates.get(83)).isEqualTo(LocalDate.of(2024, 3, 24));
	}

	@Test
	void eachDateFallsOnTheLastDayOfItsPeriodSoMonthQuarterAndYearEndsStayEnds() {
		assertThat(entry(Frequency.WEEKLY).occurrences(PLAN_002, PLAN_002, 2)).containsExactly(LocalDate.of(2024, 1, 7),
				LocalDate.of(2024, 1, 14));
		assertThat(entry(Frequency.BIWEEKLY).occurrences(PLAN_002, PLAN_002, 2))
			.containsExactly(LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 28));
		assertThat(entry(Frequency.MONTHLY).occurrences(PLAN_002, PLAN_002, 3))
			.containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
		assertThat(entry(Frequency.QUARTERLY).occurrences(PLAN_002, PLAN_002, 2))
			.containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30));
		assertThat(entry(Frequency.HALF_YEARLY).occurrences(PLAN_002, PLAN_002, 10)).hasSize(6)
			.startsWith(LocalDate.of(2024, 6, 30));
		assertThat(entry(Frequency.YEARLY).occurrences(PLAN_002, PLAN_002, 10))
			.containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
	}

	@Test
	void onlyWholePeriodsInsideThePlanAndTheWindowCount() {
		DateRange quarter = new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
		List<LocalDate> weekly = entry(Frequency.WEEKLY).occurrences(quarter, quarter, 100);
		assertThat(weekly).hasSize(13).endsWith(LocalDate.of(2025, 12, 30));

		DateRange november = new DateRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
		assertThat(entry(Frequency.WEEKLY).occurrences(quarter, november, 100)).hasSize(4)
			.startsWith(LocalDate.of(2025, 11, 4));
		assertThat(entry(Frequency.DAILY).occurrences(quarter, quarter, 3)).hasSize(3);
	}

	@Test
	void anEntryWithoutAFrequencyOrWithWeeksAfterThePlanHasNoDates() {
		assertThat(entry(null).occurrences(PLAN_002, PLAN_002, 10)).isEmpty();
		Cadence late = entry(Frequency.DAILY);
		late.applyInWeeks(200, null);
		assertThat(late.occurrences(PLAN_002, PLAN_002, 10)).isEmpty();
	}

	@Test
	void refusesRealTimeCountsWithoutAPeriodReversedWeeksAndEmptyNames() {
		Cadence cadence = entry(Frequency.WEEKLY);
		assertThatThrownBy(() -> cadence.recur(Frequency.REAL_TIME, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.cadence.real-time");
		assertThatThrownBy(() -> cadence.recur(null, 3)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.cadence.times-need-frequency");
		assertThatThrownBy(() -> cadence.applyInWeeks(12, 1)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.cadence.weeks-reversed");
		assertThatThrownBy(() -> cadence.organise(null, null, null, 0, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.cadence.positive");
		assertThatThrownBy(() -> cadence.rename(" ", CadenceKind.MEETING)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.cadence.name-required");
		assertThat(cadence.getFrequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(cadence.getName()).isEqualTo("复盘");
	}

	@Test
	void aWeeklyReportIsTheGeneratedEffectReport() {
		Cadence report = new Cadence(null, 0, "营销效果周报", CadenceKind.REPORT);
		report.recur(Frequency.WEEKLY, null);
		assertThat(report.isWeeklyReport()).isTrue();
		report.recur(Frequency.MONTHLY, null);
		assertThat(report.isWeeklyReport()).isFalse();
		assertThat(entry(Frequency.WEEKLY).isWeeklyReport()).isFalse();
	}

	@Test
	void anIsoWeekRunsFromMondayToSundayAndBadWeeksNameTheParameter() {
		IsoWeek week = IsoWeek.parse("2026-W14", "week");
		assertThat(week.days()).isEqualTo(new DateRange(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 5)));
		assertThat(week.previous()).hasToString("2026-W13");
		assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
		assertThat(IsoWeek.parse("2020-W53", "week").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThatThrownBy(() -> IsoWeek.parse("2026-14", "week")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "week")
			.hasFieldOrPropertyWithValue("messageKey", "error.week.format");
		assertThatThrownBy(() -> IsoWeek.parse("2025-W53", "week")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.week.no-such-week");
	}

}
