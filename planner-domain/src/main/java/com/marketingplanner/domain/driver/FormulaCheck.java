package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;

/**
 * A formula of the plan checked against its KPI's stated target, in the KPIs' own units
 * (percent as percent).
 *
 * @param formulaId the formula's id
 * @param name the formula's name
 * @param note the formula's note, or {@code null}
 * @param version the formula's version
 * @param kpi the KPI it defines
 * @param factors its factors, each with the level it reads
 * @param stated the KPI's stated target, or {@code null}
 * @param derived what the formula gives, or {@code null}
 * @param gapPercent (derived − stated) ÷ stated in percent, or {@code null}
 * @param status the verdict
 */
public record FormulaCheck(long formulaId, String name, String note, long version, KpiRef kpi,
		List<FactorLevel> factors, BigDecimal stated, BigDecimal derived, BigDecimal gapPercent, FormulaStatus status) {

	/**
	 * A factor with its level.
	 *
	 * @param kpi the driver KPI, or {@code null} for a constant
	 * @param constant the constant, or {@code null}
	 * @param label a constant's label, or {@code null}
	 * @param divides whether the formula divides by it
	 * @param level the level it reads in its unit, or {@code null}
	 * @param implied whether that level is implied by the stated target (not stated)
	 */
	public record FactorLevel(KpiRef kpi, BigDecimal constant, String label, boolean divides, BigDecimal level,
			boolean implied) {
	}

	/** A KPI as a driver tree names it. */
	public record KpiRef(long id, String name, String unit, long version) {
	}

}
