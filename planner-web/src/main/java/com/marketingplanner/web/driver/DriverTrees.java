package com.marketingplanner.web.driver;

import java.util.List;

import com.marketingplanner.domain.driver.FormulaCheck;
import com.marketingplanner.domain.driver.KpiFormulaService;
import com.marketingplanner.domain.driver.PlanMix;
import com.marketingplanner.domain.driver.PlanMixService;

import org.springframework.stereotype.Component;

/**
 * The plan's driver trees and flagged mixes for other pages' templates
 * ({@code ${@driverTrees.checks(plan.id)}}): the goals page shows the trees beside the
 * KPIs without its controller knowing them.
 */
@Component("driverTrees")
public class DriverTrees {

	private final KpiFormulaService formulas;

	private final PlanMixService mixes;

	DriverTrees(KpiFormulaService formulas, PlanMixService mixes) {
		this.formulas = formulas;
		this.mixes = mixes;
	}

	/** Every formula of the plan with its check. */
	public List<FormulaCheck> checks(long planId) {
		return this.formulas.check(planId);
	}

	/** The plan's mixes that do not sum to 100 % or cannot be checked. */
	public List<PlanMix> flaggedMixes(long planId) {
		return this.mixes.flagged(planId);
	}

}
