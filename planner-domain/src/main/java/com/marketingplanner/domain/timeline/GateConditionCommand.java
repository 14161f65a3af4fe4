package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * One condition of a milestone gate as a request states it: a KPI comparison
 * ({@code kpiId}, {@code operator}, {@code value}; {@code text} optional) or a condition
 * in words ({@code text} only). A row with nothing in it (an empty form row) is ignored.
 */
public record GateConditionCommand(Long kpiId, ComparisonOperator operator,
		@Digits(integer = 24, fraction = 6) BigDecimal value, @Size(max = 300) String text) {

	/** Whether nothing is stated (an empty row of a form). */
	public boolean isEmpty() {
		return this.kpiId == null && this.operator == null && this.value == null
				&& (this.text == null || this.text.isBlank());
	}

	/**
	 * The condition as a command, to edit and send back; the value as people write it
	 * (5000000, not 5000000.000000).
	 */
	public static GateConditionCommand of(GateCondition condition) {
		BigDecimal value = condition.getValue();
		if (value != null) {
			value = value.stripTrailingZeros();
			value = (value.scale() < 0) ? value.setScale(0) : value;
		}
		return new GateConditionCommand(condition.getKpiId(), condition.getOperator(), value, condition.getText());
	}

}
