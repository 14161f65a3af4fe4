package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.analytics.driver.DriverFormula;
import com.marketingplanner.analytics.driver.DriverTree;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiRepository;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.goal.KpiTargets;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The driver trees of a plan: KPI formulas, their check against the stated targets and
 * the what-if over them (ADR 0090). Formulas are checked before anything is written: the
 * KPI and every driver are KPIs of the plan whose target is a level, a KPI has one
 * formula, and no KPI comes to depend on itself.
 */
@Service
@Transactional(readOnly = true)
public class KpiFormulaService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PlanService plans;

	private final KpiService kpiService;

	private final KpiRepository kpis;

	private final KpiFormulaRepository formulas;

	public KpiFormulaService(PlanService plans, KpiService kpiService, KpiRepository kpis,
			KpiFormulaRepository formulas) {
		this.plans = plans;
		this.kpiService = kpiService;
		this.kpis = kpis;
		this.formulas = formulas;
	}

	/** The plan's formulas in the order they were added. */
	public List<KpiFormula> all(long planId) {
		this.plans.get(planId);
		return this.formulas.findByPlanIdOrderById(planId);
	}

	public KpiFormula get(long planId, long formulaId) {
		return PlanPart.requireIn(planId, this.formulas.findById(formulaId), "KPI formula", formulaId);
	}

	@Transactional
	public KpiFormula create(long planId, KpiFormulaCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Map<Long, Kpi> byId = kpisById(planId);
		requireLevelKpi(byId, command.kpiId(), "kpiId");
		if (this.formulas.existsByKpiId(command.kpiId())) {
			throw new BusinessRuleViolation("kpiId", "error.driver.kpi-has-formula",
					"This KPI already has a formula; edit that one", byId.get(command.kpiId()).getName());
		}
		List<FormulaFactor> factors = factors(byId, command);
		KpiFormula formula = new KpiFormula(plan, command.kpiId(), command.name(), factors);
		formula.define(command.name(), command.note(), factors);
		refuseCycle(planId, null, formula, byId);
		return this.formulas.save(formula);
	}

	@Transactional
	public KpiFormula update(long planId, long formulaId, KpiFormulaCommand command) {
		this.plans.getEditable(planId);
		KpiFormula formula = get(planId, formulaId);
		formula.requireVersion(command.version());
		if (!Objects.equals(command.kpiId(), formula.getKpiId())) {
			throw new BusinessRuleViolation("kpiId", "error.driver.kpi-fixed",
					"A formula keeps its KPI; delete it and add one for the other KPI");
		}
		Map<Long, Kpi> byId = kpisById(planId);
		List<FormulaFactor> factors = factors(byId, command);
		formula.define(command.name(), command.note(), factors);
		refuseCycle(planId, formulaId, formula, byId);
		return this.formulas.saveAndFlush(formula);
	}

	@Transactional
	public void delete(long planId, long formulaId, long version) {
		this.plans.getEditable(planId);
		KpiFormula formula = get(planId, formulaId);
		formula.requireVersion(version);
		this.formulas.delete(formula);
		this.formulas.flush();
	}

	/**
	 * Every formula of the plan checked against its KPI's stated target: agreeing,
	 * disagreeing (flagged, both numbers kept), implying the one driver without a target,
	 * or not computable.
	 */
	public List<FormulaCheck> check(long planId) {
		List<KpiFormula> all = all(planId);
		Map<Long, Kpi> byId = kpisById(planId);
		DriverTree tree = tree(byId, all);
		List<FormulaCheck> checks = new ArrayList<>();
		for (KpiFormula formula : all) {
			Kpi kpi = byId.get(formula.getKpiId());
			if (formula.asDriverFormula() == null) {
				continue;
			}
			DriverTree.Evaluation evaluation = tree.evaluate(formula.getKpiId());
			List<FormulaCheck.FactorLevel> factors = formula.getFactors().stream().map((factor) -> {
				if (!factor.isDriver()) {
					return new FormulaCheck.FactorLevel(null, factor.getConstant(), factor.getLabel(),
							factor.isDivides(), factor.getConstant(), false);
				}
				Kpi driver = byId.get(factor.getDriverKpiId());
				return new FormulaCheck.FactorLevel(ref(driver), null, factor.getLabel(), factor.isDivides(),
						KpiLevels.inUnit(driver, tree.levelsByQuantity().get(driver.getId())),
						Objects.equals(evaluation.impliedDriver(), driver.getId()));
			}).toList();
			checks.add(new FormulaCheck(formula.getId(), formula.getName(), formula.getNote(), formula.getVersion(),
					ref(kpi), factors, KpiLevels.inUnit(kpi, evaluation.stated()),
					KpiLevels.inUnit(kpi, evaluation.derived()), percent(evaluation.gap()), status(evaluation)));
		}
		return checks;
	}

	/**
	 * The KPIs a what-if can move: every KPI that is a driver of a formula or has one, by
	 * id with its name, in plan order.
	 */
	public Map<Long, String> driverChoices(long planId) {
		List<KpiFormula> all = all(planId);
		Map<Long, String> choices = new LinkedHashMap<>();
		for (Kpi kpi : this.kpiService.all(planId, KpiFilter.none())) {
			boolean inTree = all.stream()
				.anyMatch((formula) -> formula.getKpiId().equals(kpi.getId())
						|| formula.driverKpiIds().contains(kpi.getId()));
			if (inTree) {
				choices.put(kpi.getId(), kpi.getName());
			}
		}
		return choices;
	}

	/**
	 * Moves one driver and shows every dependent KPI's target before → after, without
	 * saving anything.
	 * @throws BusinessRuleViolation on {@code driverKpiId} when the KPI is in no formula,
	 * on {@code value} for a change in percent of a driver without a level
	 */
	public WhatIfResult whatIf(long planId, WhatIfCommand command) {
		List<KpiFormula> all = all(planId);
		Map<Long, Kpi> byId = kpisById(planId);
		Long driverId = command.driverKpiId();
		if (driverId == null || !driverChoices(planId).containsKey(driverId)) {
			throw new BusinessRuleViolation("driverKpiId", "error.driver.not-in-tree",
					"This KPI is in none of the plan's formulas", driverId);
		}
		Kpi driver = byId.get(driverId);
		DriverTree tree = tree(byId, all);
		Double before = tree.levelsByQuantity().get(driverId);
		double after;
		if (command.change() == WhatIfCommand.Change.BY_PERCENT) {
			if (before == null) {
				throw new BusinessRuleViolation("value", "error.driver.no-level-to-change",
						"This KPI has no target to change by a percentage; give its new level instead");
			}
			after = before * (1 + command.value().doubleValue() / 100);
		}
		else {
			after = KpiLevels.toLevel(driver, command.value().doubleValue());
		}
		List<WhatIfResult.KpiMove> moves = tree.whatIf(driverId, after).stream().map((move) -> {
			Kpi kpi = byId.get(move.quantity());
			BigDecimal beforeInUnit = KpiLevels.inUnit(kpi, move.before());
			BigDecimal afterInUnit = KpiLevels.inUnit(kpi, move.after());
			BigDecimal delta = (beforeInUnit != null && afterInUnit != null) ? afterInUnit.subtract(beforeInUnit)
					: null;
			return new WhatIfResult.KpiMove(ref(kpi), beforeInUnit, afterInUnit, delta, percent(move.relativeChange()),
					KpiLevels.statedLevel(kpi) != null);
		}).toList();
		return new WhatIfResult(driverId, command.change(), command.value(), moves);
	}

	/**
	 * Writes a what-if's targets into the plan: the driver's and every dependent KPI's
	 * that states one, in one transaction, each KPI at the version read.
	 * @throws BusinessRuleViolation on {@code driverKpiId} when the driver states no
	 * target, on {@code version} when a moved KPI's version is missing
	 * @throws com.marketingplanner.domain.shared.StaleVersionException when a moved KPI
	 * was changed since it was read
	 */
	@Transactional
	public WhatIfResult apply(long planId, WhatIfCommand command) {
		this.plans.getEditable(planId);
		WhatIfResult result = whatIf(planId, command);
		if (!result.moves().get(0).stated()) {
			throw new BusinessRuleViolation("driverKpiId", "error.driver.apply-needs-target",
					"Only a driver with a stated target can be applied; give it a target first");
		}
		Map<Long, Long> versions = (command.versions() != null) ? command.versions()
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(WhatIfCommand.KpiVersion::kpiId, WhatIfCommand.KpiVersion::version,
					(first, second) -> first))
				: Map.of();
		Map<Long, Kpi> byId = kpisById(planId);
		List<WhatIfResult.KpiMove> written = result.moves()
			.stream()
			.filter((move) -> move.stated() && move.after() != null)
			.toList();
		for (WhatIfResult.KpiMove move : written) {
			byId.get(move.kpi().id()).requireVersion(versions.get(move.kpi().id()));
		}
		for (WhatIfResult.KpiMove move : written) {
			Kpi kpi = byId.get(move.kpi().id());
			KpiTargets targets = kpi.targets();
			kpi.aimAt(new KpiTargets(targets.type(), targets.direction(), targets.baseline(), move.after(),
					targets.challenge(), targets.benchmark()));
		}
		this.kpis.saveAllAndFlush(written.stream().map((move) -> byId.get(move.kpi().id())).toList());
		return result;
	}

	private Map<Long, Kpi> kpisById(long planId) {
		return this.kpiService.all(planId, KpiFilter.none())
			.stream()
			.collect(Collectors.toMap(Kpi::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static DriverTree tree(Map<Long, Kpi> byId, List<KpiFormula> all) {
		Map<Long, Double> stated = new HashMap<>();
		byId.values().forEach((kpi) -> stated.put(kpi.getId(), KpiLevels.statedLevel(kpi)));
		Map<Long, DriverFormula> formulas = new HashMap<>();
		all.stream()
			.filter((formula) -> formula.asDriverFormula() != null)
			.forEach((formula) -> formulas.put(formula.getKpiId(), formula.asDriverFormula()));
		return new DriverTree(stated, formulas);
	}

	private List<FormulaFactor> factors(Map<Long, Kpi> byId, KpiFormulaCommand command) {
		List<FormulaFactor> factors = new ArrayList<>();
		List<KpiFormulaCommand.Factor> rows = (command.factors() != null) ? command.factors() : List.of();
		for (int i = 0; i < rows.size(); i++) {
			KpiFormulaCommand.Factor row = rows.get(i);
			String field = "factors[" + i + "]";
			if (row == null) {
				throw new BusinessRuleViolation(field + ".kpiId", "error.driver.factor-kind",
						"A factor is either a KPI of the plan or a constant");
			}
			if (row.kpiId() != null) {
				requireLevelKpi(byId, row.kpiId(), field + ".kpiId");
			}
			factors.add(FormulaFactor.of(field, row.kpiId(), row.constant(), row.dividing(), row.label()));
		}
		return factors;
	}

	private static void requireLevelKpi(Map<Long, Kpi> byId, Long kpiId, String field) {
		Kpi kpi = (kpiId != null) ? byId.get(kpiId) : null;
		if (kpi == null) {
			throw new BusinessRuleViolation(field, "error.reference.kpi-unknown",
					"KPI " + kpiId + " is not a KPI of this plan", kpiId);
		}
		if (!KpiLevels.isLevel(kpi)) {
			throw new BusinessRuleViolation(field, "error.driver.not-a-level",
					"The target of " + kpi.getName()
							+ " is a change or a multiple of a benchmark, not a level a formula can use",
					kpi.getName());
		}
	}

	private void refuseCycle(long planId, Long formulaId, KpiFormula changed, Map<Long, Kpi> byId) {
		Map<Long, DriverFormula> graph = new HashMap<>();
		this.formulas.findByPlanIdOrderById(planId)
			.stream()
			.filter((formula) -> !formula.getId().equals(formulaId) && formula.asDriverFormula() != null)
			.forEach((formula) -> graph.put(formula.getKpiId(), formula.asDriverFormula()));
		graph.put(changed.getKpiId(), changed.asDriverFormula());
		Optional<List<Long>> cycle = DriverTree.cycle(graph);
		if (cycle.isPresent()) {
			List<Long> loop = cycle.get().subList(0, cycle.get().size() - 1);
			int start = Math.max(0, loop.indexOf(changed.getKpiId()));
			List<Long> fromChanged = new ArrayList<>(loop.subList(start, loop.size()));
			fromChanged.addAll(loop.subList(0, start));
			fromChanged.add(fromChanged.get(0));
			String path = fromChanged.stream().map((id) -> byId.get(id).getName()).collect(Collectors.joining(" → "));
			throw new BusinessRuleViolation("factors", "error.driver.cycle-through",
					"The formula makes a KPI depend on itself: " + path, path);
		}
	}

	private static FormulaStatus status(DriverTree.Evaluation evaluation) {
		if (evaluation.impliedDriver() != null) {
			return FormulaStatus.IMPLIES_DRIVER;
		}
		if (evaluation.derived() == null) {
			return FormulaStatus.CANNOT_BE_COMPUTED;
		}
		if (evaluation.stated() == null) {
			return FormulaStatus.DERIVES_TARGET;
		}
		return evaluation.disagrees() ? FormulaStatus.DISAGREES : FormulaStatus.AGREES;
	}

	private static FormulaCheck.KpiRef ref(Kpi kpi) {
		return new FormulaCheck.KpiRef(kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getVersion());
	}

	private static BigDecimal percent(Double fraction) {
		return (fraction != null) ? BigDecimal.valueOf(fraction).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)
				: null;
	}

}
