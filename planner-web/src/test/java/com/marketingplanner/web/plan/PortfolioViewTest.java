package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.web.goal.KpiDashboard;
import com.marketingplanner.web.goal.KpiHealth;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A plan deleted by someone else while the portfolio is being put together (after the
 * list query, before its figures are read) is left out; the portfolio itself still
 * answers (under load it answered 404 for the whole list).
 */
class PortfolioViewTest {

	private final BudgetCheckService checks = mock(BudgetCheckService.class);

	private final KpiDashboard kpis = mock(KpiDashboard.class);

	private final AlertService alerts = mock(AlertService.class);

	@Test
	void aPlanDeletedWhileThePortfolioIsReadIsLeftOutOfRowsAndTotals() {
		Plan kept = plan(1L, "100000.00");
		Plan deleted = plan(2L, "50000.00");
		BudgetReport report = mock(BudgetReport.class);
		given(report.allocated()).willReturn(new BigDecimal("80000.00"));
		given(report.spent()).willReturn(new BigDecimal("20000.00"));
		given(report.warnings()).willReturn(List.of());
		given(this.checks.check(1L)).willReturn(report);
		given(this.checks.check(2L)).willThrow(new ResourceNotFoundException("Plan", 2L));
		given(this.kpis.health(anyLong())).willReturn(Map.of(KpiHealth.values()[0], 1));
		given(this.alerts.list(anyLong(), any(AlertFilter.class), any(Pageable.class))).willReturn(Page.empty());

		PortfolioView.Portfolio portfolio = new PortfolioView(this.checks, this.kpis, this.alerts)
			.of(List.of(kept, deleted), List.of(kept, deleted));

		assertThat(portfolio.rows()).extracting((row) -> row.plan().getId()).containsExactly(1L);
		assertThat(portfolio.totals()).singleElement().satisfies((total) -> {
			assertThat(total.plans()).isEqualTo(1);
			assertThat(total.budget()).isEqualByComparingTo("100000");
			assertThat(total.spent()).isEqualByComparingTo("20000");
		});
		given(this.checks.check(eq(1L))).willThrow(new ResourceNotFoundException("Plan", 1L));
		assertThat(new PortfolioView(this.checks, this.kpis, this.alerts).of(List.of(kept), List.of(kept)).rows())
			.isEmpty();
	}

	private static Plan plan(long id, String budget) {
		Plan plan = mock(Plan.class);
		given(plan.getId()).willReturn(id);
		given(plan.getCurrency()).willReturn("CNY");
		given(plan.getTotalBudget()).willReturn(new BigDecimal(budget));
		return plan;
	}

}
