package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;

/**
 * A what-if's outcome, not saved: the driver moved and every KPI whose target moves with
 * it, before → after in the KPIs' own units.
 *
 * @param driverKpiId the moved driver
 * @param change how it was moved
 * @param value the value of the change
 * @param moves the driver first, then each dependent KPI in dependency order
 */
public record WhatIfResult(long driverKpiId, WhatIfCommand.Change change, BigDecimal value, List<KpiMove> moves) {

	/**
	 * How one KPI's target moves.
	 *
	 * @param kpi the KPI
	 * @param before its target (stated, derived or implied) before, or {@code null}
	 * @param after its target after, or {@code null} when it cannot be computed
	 * @param delta after − before, or {@code null}
	 * @param changePercent the change in percent of before, or {@code null}
	 * @param stated whether the KPI states a target (only those are written when the
	 * what-if is applied)
	 */
	public record KpiMove(FormulaCheck.KpiRef kpi, BigDecimal before, BigDecimal after, BigDecimal delta,
			BigDecimal changePercent, boolean stated) {
	}

}
