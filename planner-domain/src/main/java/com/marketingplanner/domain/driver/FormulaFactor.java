package com.marketingplanner.domain.driver;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.marketingplanner.analytics.driver.Factor;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * One factor of a {@link KpiFormula}: another KPI of the plan or a constant (12 months a
 * year), by which the formula multiplies or divides, with an optional label for a
 * constant.
 */
@Embeddable
public class FormulaFactor {

	@Column(name = "driver_kpi_id")
	private Long driverKpiId;

	private BigDecimal constant;

	@Column(nullable = false)
	private boolean divides;

	private String label;

	protected FormulaFactor() {
	}

	private FormulaFactor(Long driverKpiId, BigDecimal constant, boolean divides, String label) {
		this.driverKpiId = driverKpiId;
		this.constant = constant;
		this.divides = divides;
		this.label = label;
	}

	/**
	 * A factor, checked.
	 * @param field the request field of the factor ({@code factors[1]}), named in errors
	 * @throws BusinessRuleViolation unless exactly one of KPI and constant is given, or
	 * for a division by zero
	 */
	public static FormulaFactor of(String field, Long driverKpiId, BigDecimal constant, boolean divides, String label) {
		if ((driverKpiId == null) == (constant == null)) {
			throw new BusinessRuleViolation(field + ".kpiId", "error.driver.factor-kind",
					"A factor is either a KPI of the plan or a constant");
		}
		if (constant != null && divides && constant.signum() == 0) {
			throw new BusinessRuleViolation(field + ".constant", "error.driver.divide-by-zero",
					"A formula cannot divide by zero");
		}
		String named = (label == null || label.isBlank()) ? null : label.strip();
		return new FormulaFactor(driverKpiId, constant, divides, named);
	}

	/** The factor as the analytics module takes it. */
	Factor asFactor() {
		return new Factor(this.driverKpiId, (this.constant != null) ? this.constant.doubleValue() : null, this.divides);
	}

	public boolean isDriver() {
		return this.driverKpiId != null;
	}

	/** The driver KPI's id, or {@code null} for a constant. */
	public Long getDriverKpiId() {
		return this.driverKpiId;
	}

	/** The constant, or {@code null} for a driver KPI. */
	public BigDecimal getConstant() {
		return this.constant;
	}

	public boolean isDivides() {
		return this.divides;
	}

	public String getLabel() {
		return this.label;
	}

}
