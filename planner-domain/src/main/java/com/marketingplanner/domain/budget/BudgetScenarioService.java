package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named alternatives to a plan's budget ({@link BudgetScenario}): kept, compared side by
 * side with the plan under the same budget check, and adopted into the plan's budget. One
 * transaction per action; everything is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class BudgetScenarioService {

	private final PlanService plans;

	private final BudgetScenarioRepository scenarios;

	private final BudgetLineRepository lines;

	private final BudgetCheckService checks;

	private final BudgetPeriodRepository periods;

	public BudgetScenarioService(PlanService plans, BudgetScenarioRepository scenarios, BudgetLineRepository lines,
			BudgetCheckService checks, BudgetPeriodRepository periods) {
		this.plans = plans;
		this.scenarios = scenarios;
		this.lines = lines;
		this.checks = checks;
		this.periods = periods;
	}

	public List<BudgetScenario> all(long planId) {
		this.plans.get(planId);
		return this.scenarios.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public BudgetScenario get(long planId, long scenarioId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.scenarios.findById(scenarioId), "BudgetScenario", scenarioId);
	}

	/** Saves a new scenario as a draft to review. */
	@Transactional
	public BudgetScenario create(long planId, BudgetScenarioCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Map<Long, BigDecimal> amounts = lineAmounts(planId, command);
		BudgetScenario scenario = new BudgetScenario(plan,
				this.scenarios.findByPlanIdOrderByPositionAscIdAsc(planId).size(), command.name());
		scenario.describe(command.name(), command.description());
		scenario.allocate(command.total(), amounts);
		return this.scenarios.save(scenario);
	}

	@Transactional
	public BudgetScenario update(long planId, long scenarioId, BudgetScenarioCommand command) {
		this.plans.getEditable(planId);
		BudgetScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(command.version());
		Map<Long, BigDecimal> amounts = lineAmounts(planId, command);
		scenario.describe(command.name(), command.description());
		scenario.allocate(command.total(), amounts);
		return this.scenarios.saveAndFlush(scenario);
	}

	@Transactional
	public void delete(long planId, long scenarioId, long version) {
		this.plans.getEditable(planId);
		BudgetScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(version);
		this.scenarios.delete(scenario);
	}

	/** Sets a scenario aside, or takes it back for review. */
	@Transactional
	public BudgetScenario discard(long planId, long scenarioId, long version, boolean discarded) {
		this.plans.getEditable(planId);
		BudgetScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(version);
		if (discarded) {
			scenario.discard();
		}
		else {
			scenario.reopen();
		}
		return this.scenarios.saveAndFlush(scenario);
	}

	/**
	 * Writes a scenario into the plan's budget: its total becomes the plan's total (when
	 * it has one; budget periods scale with it) and each line it names is planned as its
	 * amount (a percentage the line had is replaced, since the scenario states amounts).
	 * The scenario is marked adopted.
	 */
	@Transactional
	public BudgetScenario adopt(long planId, long scenarioId, long version) {
		Plan plan = this.plans.getEditable(planId);
		BudgetScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(version);
		scenario.adopt();
		if (scenario.getTotal() != null) {
			BigDecimal oldTotal = plan.getTotalBudget();
			this.periods.findByPlanIdOrderByStartDateAscIdAsc(planId)
				.forEach((period) -> period.budget(scaled(period.getAmount(), oldTotal, scenario.getTotal())));
			plan.budgetTotal(scenario.getTotal());
		}
		scenario.getLineAmounts()
			.forEach((lineId, amount) -> this.lines.findById(lineId)
				.filter((line) -> line.getPlan().getId().equals(planId))
				.ifPresent((line) -> line.plan(amount, null, null)));
		return this.scenarios.saveAndFlush(scenario);
	}

	/** The plan's budget and every scenario side by side. */
	public BudgetComparison compare(long planId) {
		Plan plan = this.plans.get(planId);
		BudgetInput current = this.checks.input(plan);
		List<BudgetInput> inputs = new ArrayList<>(List.of(current));
		List<BudgetScenario> all = this.scenarios.findByPlanIdOrderByPositionAscIdAsc(planId);
		all.forEach((scenario) -> inputs.add(applied(current, scenario)));
		List<BudgetReport> reports = inputs.stream().map(BudgetCheck::run).toList();
		List<BudgetComparison.Column> columns = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			BudgetReport report = reports.get(i);
			BudgetScenario scenario = (i == 0) ? null : all.get(i - 1);
			columns.add(new BudgetComparison.Column((scenario != null) ? scenario.getId() : null,
					(scenario != null) ? scenario.getName() : null, (scenario != null) ? scenario.getStatus() : null,
					report.planTotal(), report.allocated(), report.unallocated(), report.warnings()));
		}
		List<BudgetComparison.Row> rows = new ArrayList<>();
		addRows(current.lines(), null, 0, reports, rows);
		return new BudgetComparison(plan.getCurrency(), columns, rows);
	}

	private static void addRows(List<BudgetInput.Line> lines, Long parentId, int depth, List<BudgetReport> reports,
			List<BudgetComparison.Row> rows) {
		for (BudgetInput.Line line : lines) {
			if (!java.util.Objects.equals(line.parentId(), parentId)) {
				continue;
			}
			List<BigDecimal> amounts = new ArrayList<>();
			List<BigDecimal> shares = new ArrayList<>();
			for (BudgetReport report : reports) {
				BudgetReport.LineFigures figures = report.lines().get(line.id());
				amounts.add((figures != null) ? figures.effective() : null);
				shares.add((figures != null) ? figures.shareOfTotal() : null);
			}
			rows.add(new BudgetComparison.Row(line.id(), line.name(), depth, amounts, shares));
			addRows(lines, line.id(), depth + 1, reports, rows);
		}
	}

	/**
	 * The plan's budget with a scenario applied: its total, and the lines it names
	 * planned as its amounts. Actual spend and rules stay as they are.
	 */
	private static BudgetInput applied(BudgetInput current, BudgetScenario scenario) {
		List<BudgetInput.Line> lines = current.lines().stream().map((line) -> {
			BigDecimal amount = scenario.getLineAmounts().get(line.id());
			return (amount == null) ? line : new BudgetInput.Line(line.id(), line.parentId(), line.name(),
					line.channelCode(), line.tags(), amount, null, null);
		}).toList();
		BigDecimal total = (scenario.getTotal() != null) ? scenario.getTotal() : current.total();
		List<BudgetInput.Period> periods = current.budgetPeriods()
			.stream()
			.map((period) -> new BudgetInput.Period(period.range(), scaled(period.amount(), current.total(), total)))
			.toList();
		return new BudgetInput(current.title(), current.currency(), total, current.period(), lines, current.spends(),
				current.rules(), current.channelResults(), periods, current.outsideCosts(), current.vendorFees());
	}

	/**
	 * A period's budget under another total: scaled in proportion (004's year-1 budget of
	 * 5000萬 under the 8000萬 scenario is 8000萬); unchanged when either total is missing.
	 */
	static BigDecimal scaled(BigDecimal amount, BigDecimal oldTotal, BigDecimal newTotal) {
		if (amount == null || oldTotal == null || newTotal == null || oldTotal.signum() == 0
				|| oldTotal.compareTo(newTotal) == 0) {
			return amount;
		}
		return Money.quotient(amount.multiply(newTotal), oldTotal);
	}

	private Map<Long, BigDecimal> lineAmounts(long planId, BudgetScenarioCommand command) {
		Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
		if (command.lineAmounts() == null) {
			return amounts;
		}
		for (BudgetScenarioCommand.LineAmount lineAmount : command.lineAmounts()) {
			if (lineAmount == null || lineAmount.amount() == null) {
				continue;
			}
			BudgetLine line = this.lines.findById(lineAmount.budgetLineId()).orElse(null);
			if (line == null || !line.getPlan().getId().equals(planId)) {
				throw new BusinessRuleViolation("lineAmounts", "error.budget.line.unknown-in-scenario",
						"Budget line " + lineAmount.budgetLineId() + " is not a line of this plan",
						lineAmount.budgetLineId());
			}
			amounts.put(lineAmount.budgetLineId(), lineAmount.amount());
		}
		return amounts;
	}

}
