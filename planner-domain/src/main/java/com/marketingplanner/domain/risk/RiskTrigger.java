package com.marketingplanner.domain.risk;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.marketingplanner.analytics.guardrail.TriggerConditions;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * One early-warning trigger of a risk: a measured quantity — a KPI of the plan or a
 * metric named in words — compared with a line ({@link TriggerCondition}), with what to
 * do when it fires. A risk has several (002's supply-chain risk: "price move > 5 %",
 * "forecast–stock gap > 10 %"). The comparison formulas are the analytics module's
 * ({@link TriggerConditions}); this class only says which applies.
 */
@Embeddable
public class RiskTrigger {

	@Column(name = "kpi_id")
	private Long kpiId;

	private String metric;

	@Enumerated(EnumType.STRING)
	@Column(name = "condition", nullable = false)
	private TriggerCondition condition;

	private BigDecimal value;

	@Column(name = "upper_value")
	private BigDecimal upperValue;

	@Column(name = "period_days")
	private Integer periodDays;

	private String unit;

	private String response;

	protected RiskTrigger() {
	}

	private RiskTrigger(Long kpiId, String metric, TriggerCondition condition, BigDecimal value, BigDecimal upperValue,
			Integer periodDays, String unit, String response) {
		this.kpiId = kpiId;
		this.metric = metric;
		this.condition = condition;
		this.value = value;
		this.upperValue = upperValue;
		this.periodDays = periodDays;
		this.unit = unit;
		this.response = response;
	}

	/**
	 * A trigger, checked.
	 * @param field the request field of the trigger ({@code triggers[2]}), named in
	 * errors
	 * @throws BusinessRuleViolation when it measures nothing, lacks its condition or line
	 * (a {@link TriggerCondition#SIGNAL} has none, and no upper line or period), has a
	 * "between" whose upper line is not above its lower line, or a period that is not
	 * positive
	 */
	public static RiskTrigger of(String field, Long kpiId, String metric, TriggerCondition condition, BigDecimal value,
			BigDecimal upperValue, Integer periodDays, String unit, String response) {
		String named = blankToNull(metric);
		if (kpiId == null && named == null) {
			throw new BusinessRuleViolation(field + ".metric", "error.risk.trigger.measure-required",
					"A trigger measures a KPI of the plan or a metric named in words");
		}
		if (condition == null) {
			throw new BusinessRuleViolation(field + ".condition", "error.risk.trigger.condition-required",
					"A trigger needs a condition (>, <, between, change beyond)");
		}
		if (!condition.hasThreshold()) {
			if (value != null || upperValue != null || periodDays != null) {
				throw new BusinessRuleViolation(field + ".value", "error.risk.trigger.signal-without-value",
						"A watched signal has no threshold: leave the line, upper line and period empty, "
								+ "or choose a comparison");
			}
			return new RiskTrigger(kpiId, named, condition, null, null, null, blankToNull(unit), blankToNull(response));
		}
		if (value == null) {
			throw new BusinessRuleViolation(field + ".value", "error.risk.trigger.value-required",
					"A trigger needs the line it compares with");
		}
		if (condition == TriggerCondition.BETWEEN && (upperValue == null || upperValue.compareTo(value) <= 0)) {
			throw new BusinessRuleViolation(field + ".upperValue", "error.risk.trigger.upper-not-above",
					"A band needs an upper line above its lower line " + value.toPlainString(),
					value.stripTrailingZeros().toPlainString());
		}
		if (periodDays != null && periodDays < 1) {
			throw new BusinessRuleViolation(field + ".periodDays", "error.risk.trigger.period-positive",
					"A period is at least one day", periodDays);
		}
		return new RiskTrigger(kpiId, named, condition, value,
				(condition == TriggerCondition.BETWEEN) ? upperValue : null,
				(condition == TriggerCondition.CHANGE_BEYOND) ? periodDays : null, blankToNull(unit),
				blankToNull(response));
	}

	/**
	 * Whether the trigger fires for a measured value; {@code earlier} is the value at the
	 * start of the period (change conditions only, else ignored). A change against a
	 * missing or zero earlier value does not fire; a watched signal never does (it has no
	 * line, see {@link #isEvaluable()}).
	 */
	public boolean firesAt(BigDecimal current, BigDecimal earlier) {
		if (current == null || !isEvaluable()) {
			return false;
		}
		return switch (this.condition) {
			case ABOVE -> TriggerConditions.isAbove(current, this.value);
			case BELOW -> TriggerConditions.isBelow(current, this.value);
			case BETWEEN -> TriggerConditions.isStrictlyBetween(current, this.value, this.upperValue);
			case CHANGE_BEYOND -> TriggerConditions.changesBeyond(earlier, current, this.value);
			case SIGNAL -> false;
		};
	}

	/**
	 * Whether alerts can evaluate the trigger: it has a line to compare with (a watched
	 * signal without a threshold has none).
	 */
	public boolean isEvaluable() {
		return this.condition.hasThreshold() && this.value != null;
	}

	/** Whether it measures a KPI of the plan (else a metric named in words). */
	public boolean measuresKpi() {
		return this.kpiId != null;
	}

	public Long getKpiId() {
		return this.kpiId;
	}

	public String getMetric() {
		return this.metric;
	}

	public TriggerCondition getCondition() {
		return this.condition;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public BigDecimal getUpperValue() {
		return this.upperValue;
	}

	public Integer getPeriodDays() {
		return this.periodDays;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getResponse() {
		return this.response;
	}

}
