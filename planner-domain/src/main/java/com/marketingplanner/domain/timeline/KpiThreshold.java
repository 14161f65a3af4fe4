package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * A condition on a KPI of the same plan, such as "users ≥ 300 000": the KPI's id, an
 * operator and a value. Used as a milestone's gate and as a risk's early-warning
 * indicator. The KPI is referenced by id only (KPIs are another feature's entities); the
 * services check that it belongs to the plan.
 */
@Embeddable
public class KpiThreshold {

	private Long kpiId;

	@Convert(converter = ComparisonOperatorConverter.class)
	private ComparisonOperator operator;

	private BigDecimal value;

	protected KpiThreshold() {
	}

	public KpiThreshold(long kpiId, ComparisonOperator operator, BigDecimal value) {
		this.kpiId = kpiId;
		this.operator = Objects.requireNonNull(operator, "operator");
		this.value = Objects.requireNonNull(value, "value");
	}

	/**
	 * A threshold from its three optional parts: all missing means "no threshold"
	 * ({@code null}); a KPI needs an operator and a value, and an operator or a value
	 * needs a KPI.
	 * @param fields the request fields of the KPI id, the operator and the value, in this
	 * order, named in errors
	 * @throws BusinessRuleViolation when only some parts are given
	 */
	public static KpiThreshold of(Long kpiId, ComparisonOperator operator, BigDecimal value, String... fields) {
		if (kpiId == null && operator == null && value == null) {
			return null;
		}
		if (kpiId == null) {
			throw new BusinessRuleViolation(fields[0], "error.threshold.kpi-required",
					"A threshold with an operator or a value needs a KPI");
		}
		if (operator == null) {
			throw new BusinessRuleViolation(fields[1], "error.threshold.operator-required",
					"A KPI threshold needs an operator (>= or <=)");
		}
		if (value == null) {
			throw new BusinessRuleViolation(fields[2], "error.threshold.value-required",
					"A KPI threshold needs a value");
		}
		return new KpiThreshold(kpiId, operator, value);
	}

	/** Whether a measured value of the KPI satisfies this condition. */
	public boolean isMetBy(BigDecimal actual) {
		return this.operator.holds(actual, this.value);
	}

	public Long getKpiId() {
		return this.kpiId;
	}

	public ComparisonOperator getOperator() {
		return this.operator;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	@Override
	public String toString() {
		return "KPI " + this.kpiId + " " + this.operator.symbol() + " "
				+ this.value.stripTrailingZeros().toPlainString();
	}

}
