package com.marketingplanner.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.report.BudgetPacing.LineSpend;
import com.marketingplanner.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetPacingTest {

	private static final DateRange YEAR_2026 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	private static final DateRange Q2 = new Quarter(2026, 2).range();

	@Test
	void spreadsALineWithoutScheduleEvenlyOverThePlanPeriod() {
		BudgetPacing pacing = new BudgetPacing(YEAR_2026, List.of(line(1, "365000", null, null)), Map.of(), List.of());
		// Q2 2026 has 91 days of 365
		assertThat(pacing.planned(1, Q2)).isEqualByComparingTo("91000.00");
		assertThat(pacing.plannedTotal(YEAR_2026)).isEqualByComparingTo("365000.00");
	}

	@Test
	void putsALineOfAQuarterOnlyIntoThatQuarter() {
		BudgetPacing pacing = new BudgetPacing(YEAR_2026, List.of(line(1, "1000", null, 3)), Map.of(), List.of());
		assertThat(pacing.planned(1, Q2)).isEqualByComparingTo("0");
		assertThat(pacing.planned(1, new Quarter(2026, 3).range())).isEqualByComparingTo("1000.00");
	}

	@Test
	void spreadsALineOfAPhaseOverThePhaseDays() {
		DateRange phase = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
		BudgetPacing pacing = new BudgetPacing(YEAR_2026, List.of(line(1, "122000", 7L, null)), Map.of(7L, phase),
				List.of());
		// 122 days in the phase, 91 of them in Q2
		assertThat(pacing.planned(1, Q2)).isEqualByComparingTo("91000.00");
		assertThat(pacing.planned(1, new Quarter(2026, 1).range())).isEqualByComparingTo("31000.00");
	}

	@Test
	void plansARolledUpLineAsTheSumOfItsSubLinesAndLeavesUnplannedLinesUndefined() {
		BudgetLineNode child = line(2, "1000", null, 2);
		BudgetLineNode unplanned = line(3, null, null, null);
		BudgetLineNode parent = new BudgetLineNode(1, null, 0, "parent", null, null, null, null, null, null, null,
				Set.of(), new BigDecimal("1000"), true, null, null, null, 0, List.of(child, unplanned));
		BudgetPacing pacing = new BudgetPacing(YEAR_2026, List.of(parent), Map.of(), List.of());
		assertThat(pacing.planned(1, Q2)).isEqualByComparingTo("1000.00");
		assertThat(pacing.planned(3, Q2)).isNull();
	}

	@Test
	void countsSpendOfALineAndItsSubLinesInsideTheRange() {
		BudgetLineNode child = line(2, "1000", null, null);
		BudgetLineNode parent = new BudgetLineNode(1, null, 0, "parent", null, null, null, null, null, null, null,
				Set.of(), new BigDecimal("1000"), true, null, null, null, 0, List.of(child));
		List<LineSpend> spend = List.of(new LineSpend(1, LocalDate.of(2026, 4, 1), new BigDecimal("10")),
				new LineSpend(2, LocalDate.of(2026, 6, 30), new BigDecimal("5.50")),
				new LineSpend(2, LocalDate.of(2026, 7, 1), new BigDecimal("100")));
		BudgetPacing pacing = new BudgetPacing(YEAR_2026, List.of(parent), Map.of(), spend);
		assertThat(pacing.spent(1, Q2)).isEqualByComparingTo("15.50");
		assertThat(pacing.spent(2, Q2)).isEqualByComparingTo("5.50");
		assertThat(pacing.spentTotal(YEAR_2026)).isEqualByComparingTo("115.50");
	}

	private static BudgetLineNode line(long id, String amount, Long phaseId, Integer quarter) {
		BigDecimal value = (amount != null) ? new BigDecimal(amount) : null;
		return new BudgetLineNode(id, null, 0, "line " + id, null, null, phaseId, quarter, value, null, null, Set.of(),
				value, false, null, null, null, 0, List.of());
	}

}
