package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.web.goal.KpiDashboard;
import com.marketingplanner.web.goal.KpiHealth;

import org.springframework.stereotype.Component;

/**
 * The portfolio's rows and totals: per plan its budget (allocated, spent, the share of
 * the budget used), its KPI health counts and its open alerts (the findings of its budget
 * check); totals per currency across the plans of the page (the portfolio lists 20 plans
 * a page).
 */
@Component
class PortfolioView {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BudgetService budgets;

	private final KpiDashboard kpis;

	PortfolioView(BudgetService budgets, KpiDashboard kpis) {
		this.budgets = budgets;
		this.kpis = kpis;
	}

	List<Row> rows(List<Plan> plans) {
		List<Row> rows = new ArrayList<>();
		for (Plan plan : plans) {
			BudgetReport report = this.budgets.overview(plan.getId()).report();
			BigDecimal base = (plan.getTotalBudget() != null && plan.getTotalBudget().signum() > 0)
					? plan.getTotalBudget() : report.allocated();
			BigDecimal used = (base != null && base.signum() > 0)
					? report.spent().multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP) : null;
			rows.add(new Row(plan, report.allocated(), report.spent(), used, this.kpis.health(plan.getId()),
					report.warnings().size()));
		}
		return rows;
	}

	/** Sums per currency (plans in different currencies are never added up). */
	static List<Total> totals(List<Row> rows) {
		Map<String, Total> byCurrency = new LinkedHashMap<>();
		for (Row row : rows) {
			String currency = row.plan().getCurrency();
			Total total = byCurrency.getOrDefault(currency, Total.empty(currency));
			byCurrency.put(currency, total.plus(row));
		}
		return List.copyOf(byCurrency.values());
	}

	/**
	 * A plan of the portfolio.
	 *
	 * @param usedPercent spent ÷ the plan total (or, without one, ÷ allocated) in
	 * percent; {@code null} when there is no base
	 * @param alerts the open findings of the plan's budget check
	 */
	record Row(Plan plan, BigDecimal allocated, BigDecimal spent, BigDecimal usedPercent,
			Map<KpiHealth, Integer> health, int alerts) {

		/** The width of the "used" bar, 0–100. */
		public int usedBar() {
			return (this.usedPercent == null) ? 0 : Math.min(100, Math.max(0, this.usedPercent.intValue()));
		}

	}

	/** Totals of the plans in one currency. */
	record Total(String currency, int plans, BigDecimal budget, BigDecimal allocated, BigDecimal spent,
			Map<KpiHealth, Integer> health, int alerts) {

		static Total empty(String currency) {
			Map<KpiHealth, Integer> health = new EnumMap<>(KpiHealth.class);
			for (KpiHealth value : KpiHealth.values()) {
				health.put(value, 0);
			}
			return new Total(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, health, 0);
		}

		Total plus(Row row) {
			Map<KpiHealth, Integer> sum = new EnumMap<>(this.health);
			row.health().forEach((key, count) -> sum.merge(key, count, Integer::sum));
			BigDecimal planBudget = (row.plan().getTotalBudget() != null) ? row.plan().getTotalBudget()
					: BigDecimal.ZERO;
			return new Total(this.currency, this.plans + 1, this.budget.add(planBudget),
					this.allocated.add(row.allocated()), this.spent.add(row.spent()), sum, this.alerts + row.alerts());
		}

	}

}
