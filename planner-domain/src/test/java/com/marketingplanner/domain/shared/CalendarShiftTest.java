package com.marketingplanner.domain.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarShiftTest {

	private static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void keepsQuarterAndYearEndsWhenMovingByWholeYearsAcrossALeapDay() {
		CalendarShift shift = CalendarShift.between(d("2024-01-01"), d("2027-01-01"));

		assertThat(shift).isEqualTo(new CalendarShift(36, 0));
		assertThat(shift.apply(d("2024-03-31"))).isEqualTo(d("2027-03-31"));
		assertThat(shift.apply(d("2024-06-30"))).isEqualTo(d("2027-06-30"));
		assertThat(shift.apply(d("2024-12-31"))).isEqualTo(d("2027-12-31"));
		assertThat(shift.apply(d("2024-02-29"))).isEqualTo(d("2027-02-28"));
		assertThat(shift.apply(d("2024-01-14"))).isEqualTo(d("2027-01-14"));
	}

	@Test
	void movesAMonthEndToTheEndOfTheTargetMonth() {
		CalendarShift shift = CalendarShift.between(d("2026-01-01"), d("2026-02-01"));

		assertThat(shift.apply(d("2026-01-31"))).isEqualTo(d("2026-02-28"));
		assertThat(shift.apply(d("2026-02-28"))).isEqualTo(d("2026-03-31"));
		assertThat(shift.apply(d("2026-01-30"))).isEqualTo(d("2026-02-28"));
	}

	@Test
	void addsTheDaysBetweenTheStartDaysAfterTheMonths() {
		CalendarShift shift = CalendarShift.between(d("2024-01-01"), d("2027-03-15"));

		assertThat(shift).isEqualTo(new CalendarShift(38, 14));
		assertThat(shift.apply(d("2024-01-01"))).isEqualTo(d("2027-03-15"));
	}

	@Test
	void alwaysMovesTheOldStartOntoTheNewStart() {
		for (String[] pair : new String[][] { { "2024-02-29", "2027-02-15" }, { "2024-01-31", "2027-02-28" },
				{ "2026-05-20", "2025-11-03" }, { "2026-01-01", "2026-01-01" } }) {
			assertThat(CalendarShift.between(d(pair[0]), d(pair[1])).apply(d(pair[0]))).as(pair[0] + " → " + pair[1])
				.isEqualTo(d(pair[1]));
		}
		assertThat(CalendarShift.between(d("2026-01-01"), d("2026-01-01")).isNone()).isTrue();
		assertThat(CalendarShift.NONE.apply(null)).isNull();
	}

}
