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

	/** The condition as a command, to edit and send back. */
	public static GateConditionCommand of(GateCondition condition) {
		return new GateConditionCommand(condition.getKpiId(), condition.getOperator(), condition.getValue(),
				condition.getText());
	}

}
