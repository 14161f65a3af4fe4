package com.marketingplanner.web.driver;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.driver.KpiFormula;

/** A KPI formula as REST shows it: the KPI it defines and its factors in order. */
record FormulaResponse(long id, long kpiId, String name, String note, List<Factor> factors, long version) {

	static FormulaResponse from(KpiFormula formula) {
		return new FormulaResponse(formula.getId(), formula.getKpiId(), formula.getName(), formula.getNote(),
				formula.getFactors()
					.stream()
					.map((factor) -> new Factor(factor.getDriverKpiId(), factor.getConstant(), factor.isDivides(),
							factor.getLabel()))
					.toList(),
				formula.getVersion());
	}

	/** A factor: a driver KPI or a constant, multiplied or divided. */
	record Factor(Long kpiId, BigDecimal constant, boolean divides, String label) {
	}

}
