package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * One condition of a milestone gate: a KPI comparison ("users ≥ 300 000", evaluated from
 * the KPI's latest measurement; its text says it in words) or a condition in words only
 * ("main channel chosen by ROI"), which a person checks: met, not met or open, with who
 * and when. A KPI comparison whose KPI was deleted keeps its operator and value and
 * cannot be evaluated.
 */
@Embeddable
public class GateCondition {

	@Embedded
	private KpiThreshold threshold;

	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "check_state", nullable = false)
	private GateState checkState = GateState.OPEN;

	@Column(name = "checked_by")
	private String checkedBy;

	@Column(name = "checked_at")
	private Instant checkedAt;

	protected GateCondition() {
	}

	private GateCondition(KpiThreshold threshold, String text) {
		this.threshold = threshold;
		this.text = text;
	}

	/** A KPI comparison, with an optional text saying it in words. */
	public static GateCondition onKpi(KpiThreshold threshold, String text) {
		return new GateCondition(Objects.requireNonNull(threshold, "threshold"), blankToNull(text));
	}

	/**
	 * A condition in words, checked by a person; open until checked.
	 * @throws BusinessRuleViolation on {@code field}.text when the text is blank
	 */
	public static GateCondition inWords(String field, String text) {
		String words = blankToNull(text);
		if (words == null) {
			throw new BusinessRuleViolation(field + ".text", "error.milestone.gate.condition-empty",
					"A gate condition compares a KPI or is stated in words");
		}
		return new GateCondition(null, words);
	}

	/**
	 * A condition from its request parts: a KPI comparison when any of KPI, operator or
	 * value is given (then all three are needed), else a condition in words.
	 * @param field the request field of the condition ({@code gateConditions[1]}), named
	 * in errors
	 * @throws BusinessRuleViolation when a comparison lacks a part, or nothing is given
	 */
	public static GateCondition of(String field, Long kpiId, ComparisonOperator operator, BigDecimal value,
			String text) {
		KpiThreshold threshold = KpiThreshold.of(kpiId, operator, value, field + ".kpiId", field + ".operator",
				field + ".value");
		return (threshold != null) ? onKpi(threshold, text) : inWords(field, text);
	}

	/** Whether this is a KPI comparison (also when its KPI was deleted). */
	public boolean isKpiComparison() {
		return this.threshold != null && this.threshold.getOperator() != null;
	}

	/**
	 * Where the condition stands: a KPI comparison from the KPI's latest measured value
	 * (open without one; cannot be evaluated when its KPI was deleted), a condition in
	 * words as last checked.
	 * @param latestActuals the latest measured value of each KPI that has one, by KPI id
	 */
	public GateState state(Map<Long, BigDecimal> latestActuals) {
		if (!isKpiComparison()) {
			return this.checkState;
		}
		if (this.threshold.getKpiId() == null) {
			return GateState.CANNOT_EVALUATE;
		}
		BigDecimal actual = latestActuals.get(this.threshold.getKpiId());
		if (actual == null) {
			return GateState.OPEN;
		}
		return this.threshold.isMetBy(actual) ? GateState.MET : GateState.NOT_MET;
	}

	/**
	 * Records a person's check of a condition in words.
	 * @throws BusinessRuleViolation on {@code state} when this is a KPI comparison (the
	 * measurements decide it) or the state is not one a person records
	 */
	void check(GateState state, String by, Instant at) {
		if (isKpiComparison()) {
			throw new BusinessRuleViolation("state", "error.milestone.gate.check-kpi-condition",
					"A KPI comparison is met or not by the KPI's measurements; only conditions in words are checked");
		}
		if (state == null || !state.isCheckable()) {
			throw new BusinessRuleViolation("state", "error.milestone.gate.check-state",
					"A condition is checked as MET, NOT_MET or OPEN");
		}
		this.checkState = state;
		this.checkedBy = (state != GateState.OPEN) ? by : null;
		this.checkedAt = (state != GateState.OPEN) ? at : null;
	}

	/** Whether {@code other} states the same condition (checks are carried over then). */
	boolean statesSameAs(GateCondition other) {
		return !isKpiComparison() && !other.isKpiComparison() && Objects.equals(this.text, other.text);
	}

	/** Takes over the check of the same condition before an edit. */
	void keepCheckOf(GateCondition before) {
		this.checkState = before.checkState;
		this.checkedBy = before.checkedBy;
		this.checkedAt = before.checkedAt;
	}

	/** The KPI comparison, or {@code null} for a condition in words. */
	public KpiThreshold getThreshold() {
		return isKpiComparison() ? this.threshold : null;
	}

	/** The KPI compared; {@code null} in words, or when the KPI was deleted. */
	public Long getKpiId() {
		return isKpiComparison() ? this.threshold.getKpiId() : null;
	}

	public ComparisonOperator getOperator() {
		return isKpiComparison() ? this.threshold.getOperator() : null;
	}

	public BigDecimal getValue() {
		return isKpiComparison() ? this.threshold.getValue() : null;
	}

	public String getText() {
		return this.text;
	}

	/** The last check of a condition in words ({@code OPEN} until checked). */
	public GateState getCheckState() {
		return this.checkState;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

}
