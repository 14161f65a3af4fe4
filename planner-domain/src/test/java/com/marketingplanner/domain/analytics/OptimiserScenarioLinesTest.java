package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.marketingplanner.analytics.optimiser.AllocationReason;
import com.marketingplanner.analytics.optimiser.ChannelAllocation;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetScenarioCommand.LineAmount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a channel's recommended amount is written onto the plan's budget lines. */
class OptimiserScenarioLinesTest {

	private static BudgetLineNode line(long id, Long parentId, String channel, String planned, String effective,
			List<BudgetLineNode> children) {
		return new BudgetLineNode(id, parentId, 0, "line " + id, null, channel, null, null,
				(planned != null) ? new BigDecimal(planned) : null, null, null, Set.of(),
				(effective != null) ? new BigDecimal(effective) : null, false, null, null, null, 0, children);
	}

	private static ChannelAllocation recommended(String channel, String amount) {
		return new ChannelAllocation(channel, BigDecimal.ZERO, new BigDecimal(amount), BigDecimal.ZERO, 0,
				BigDecimal.ZERO, BigDecimal.ZERO, 0, AllocationReason.MARGINAL_RETURN_EQUALISED);
	}

	private static Map<Long, BigDecimal> amounts(List<LineAmount> lines) {
		return lines.stream().collect(Collectors.toMap(LineAmount::budgetLineId, LineAmount::amount));
	}

	@Test
	void spreadsAChannelsAmountOverItsTopMostLinesInProportionAndToTheCent() {
		List<BudgetLineNode> roots = List.of(line(1, null, "sem", "200", "200", List.of()),
				line(2, null, "sem", "100", "100", List.of()), line(3, null, "douyin", "300", "300", List.of()));

		Map<Long, BigDecimal> amounts = amounts(
				OptimiserScenarioService.lineAmounts(roots, List.of(recommended("sem", "100.01"))));

		assertThat(amounts).containsOnlyKeys(1L, 2L);
		assertThat(amounts.get(1L)).isEqualByComparingTo("66.67");
		assertThat(amounts.get(2L)).isEqualByComparingTo("33.34");
		assertThat(amounts.get(1L).add(amounts.get(2L))).isEqualByComparingTo("100.01");
	}

	@Test
	void scalesSubLinesPlannedAsAmountsWithTheirChannelLineAndFindsChannelLinesBelowOthers() {
		BudgetLineNode douyin = line(11, 10L, "douyin", "800", "800",
				List.of(line(12, 11L, null, "600", "600", List.of()), line(13, 11L, null, null, "200", List.of())));
		List<BudgetLineNode> roots = List.of(line(10, null, null, null, "800", List.of(douyin)));

		Map<Long, BigDecimal> amounts = amounts(
				OptimiserScenarioService.lineAmounts(roots, List.of(recommended("douyin", "400"))));

		assertThat(amounts).containsOnlyKeys(11L, 12L);
		assertThat(amounts.get(11L)).isEqualByComparingTo("400");
		assertThat(amounts.get(12L)).as("scaled by 400 / 800").isEqualByComparingTo("300");
	}

}
