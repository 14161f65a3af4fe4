package com.marketingplanner.domain.report;

import java.time.LocalDate;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

	@Test
	void readsTheWrittenFormAndKnowsItsDays() {
		Quarter quarter = Quarter.parse("2026-Q2");
		assertThat(quarter).isEqualTo(new Quarter(2026, 2));
		assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(quarter).hasToString("2026-Q2");
		assertThat(Quarter.parse(" 2024-q4 ").end()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void refusesTextThatIsNoQuarter() {
		for (String text : new String[] { "2026-Q5", "2026Q2", "Q2-2026", "", "2026-Q0", "26-Q1" }) {
			assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(BusinessRuleViolation.class)
				.satisfies((ex) -> assertThat(((BusinessRuleViolation) ex).field()).isEqualTo("quarter"));
		}
		assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void listsTheQuartersARangeTouchesAcrossYears() {
		assertThat(Quarter.covering(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31))))
			.containsExactly(new Quarter(2025, 4));
		assertThat(Quarter.covering(new DateRange(LocalDate.of(2024, 2, 15), LocalDate.of(2025, 4, 1))))
			.extracting(Quarter::toString)
			.containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2");
	}

	@Test
	void yearToDateStartsInJanuaryButNeverBeforeThePlan() {
		Quarter q3 = new Quarter(2026, 3);
		assertThat(q3.yearToDate(LocalDate.of(2024, 1, 1)))
			.isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)));
		assertThat(q3.yearToDate(LocalDate.of(2026, 5, 10)))
			.isEqualTo(new DateRange(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 9, 30)));
		assertThat(q3.next()).isEqualTo(new Quarter(2026, 4));
		assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
	}

	@Test
	void keepsOnlyItsDaysInsideAPlanThatStartsOrEndsWithinIt() {
		Quarter q2 = new Quarter(2024, 2);
		assertThat(q2.within(new DateRange(LocalDate.of(2024, 5, 10), LocalDate.of(2025, 1, 31))))
			.isEqualTo(new DateRange(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 30)));
		assertThat(q2.within(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 4, 20))))
			.isEqualTo(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 20)));
		assertThat(q2.within(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
			.isEqualTo(q2.range());
		assertThatThrownBy(() -> q2.within(new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
