package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.web.goal.KpiDashboard;
import com.marketingplanner.web.goal.KpiHealth;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The portfolio's rows and totals: per plan its budget (allocated, spent, the share of
 * the budget used), its KPI health counts, its open alerts (unresolved early warnings)
 * and the findings of its budget check; totals per currency across every plan that
 * matches the filters, not only the 20 of the page shown.
 */
@Component
class PortfolioView {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BudgetCheckService checks;

	private final KpiDashboard kpis;

	private final AlertService alerts;

	PortfolioView(BudgetCheckService checks, KpiDashboard kpis, AlertService alerts) {
		this.checks = checks;
		this.kpis = kpis;
		this.alerts = alerts;
	}

	/**
	 * The rows of the plans shown and the totals of every matching plan.
	 * @param shown the plans of the page, in order
	 * @param matching every plan that matches the filters (including those shown)
	 */
	Portfolio of(List<Plan> shown, List<Plan> matching) {
		Map<Long, Optional<Row>> rows = new LinkedHashMap<>();
		for (Plan plan : matching) {
			rows.put(plan.getId(), row(plan));
		}
		List<Row> page = new ArrayList<>();
		for (Plan plan : shown) {
			rows.computeIfAbsent(plan.getId(), (id) -> row(plan)).ifPresent(page::add);
		}
		return new Portfolio(page, totals(rows.values().stream().flatMap(Optional::stream).toList()));
	}

	/**
	 * The plan's row, or empty when the plan was deleted after the list was read (another
	 * person's request, between the list query and this one): the portfolio then leaves
	 * it out instead of failing as a whole.
	 */
	private Optional<Row> row(Plan plan) {
		try {
			return Optional.of(figures(plan));
		}
		catch (ResourceNotFoundException gone) {
			return Optional.empty();
		}
	}

	private Row figures(Plan plan) {
		BudgetReport report = this.checks.check(plan.getId());
		BigDecimal base = (plan.getTotalBudget() != null && plan.getTotalBudget().signum() > 0) ? plan.getTotalBudget()
				: report.allocated();
		BigDecimal used = (base != null && base.signum() > 0)
				? report.spent().multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP) : null;
		long openAlerts = this.alerts.list(plan.getId(), AlertFilter.unresolved(), PageRequest.of(0, 1))
			.getTotalElements();
		return new Row(plan, report.allocated(), report.spent(), used, this.kpis.health(plan.getId()), (int) openAlerts,
				report.warnings().size());
	}

	/** Sums per currency (plans in different currencies are never added up). */
	static List<Total> totals(Iterable<Row> rows) {
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
	 * @param alerts the plan's unresolved alerts (early warnings)
	 * @param findings the findings of the plan's budget check
	 */
	record Row(Plan plan, BigDecimal allocated, BigDecimal spent, BigDecimal usedPercent,
			Map<KpiHealth, Integer> health, int alerts, int findings) {

		/** The width of the "used" bar, 0–100. */
		public int usedBar() {
			return (this.usedPercent == null) ? 0 : Math.min(100, Math.max(0, this.usedPercent.intValue()));
		}

	}

	/**
	 * The page's rows and the totals of every matching plan.
	 */
	record Portfolio(List<Row> rows, List<Total> totals) {
	}

	/** Totals of the plans in one currency. */
	record Total(String currency, int plans, BigDecimal budget, BigDecimal allocated, BigDecimal spent,
			Map<KpiHealth, Integer> health, int alerts, int findings) {

		static Total empty(String currency) {
			Map<KpiHealth, Integer> health = new EnumMap<>(KpiHealth.class);
			for (KpiHealth value : KpiHealth.values()) {
				health.put(value, 0);
			}
			return new Total(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, health, 0, 0);
		}

		Total plus(Row row) {
			Map<KpiHealth, Integer> sum = new EnumMap<>(this.health);
			row.health().forEach((key, count) -> sum.merge(key, count, Integer::sum));
			BigDecimal planBudget = (row.plan().getTotalBudget() != null) ? row.plan().getTotalBudget()
					: BigDecimal.ZERO;
			return new Total(this.currency, this.plans + 1, this.budget.add(planBudget),
					this.allocated.add(row.allocated()), this.spent.add(row.spent()), sum, this.alerts + row.alerts(),
					this.findings + row.findings());
		}

	}

}
