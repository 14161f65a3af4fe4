package com.marketingplanner.domain.risk;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A trigger of a risk as a request states it: {@code kpiId} (a KPI of the plan) or
 * {@code metric} (in words), a {@code condition}, the {@code value} it compares with,
 * {@code upperValue} for BETWEEN, {@code periodDays} for CHANGE_BEYOND (percent over the
 * period), the {@code unit} of the values and the {@code response} when it fires.
 */
public record RiskTriggerCommand(Long kpiId, @Size(max = 200) String metric, TriggerCondition condition,
		@Digits(integer = 24, fraction = 6) BigDecimal value, @Digits(integer = 24, fraction = 6) BigDecimal upperValue,
		@Positive Integer periodDays, @Size(max = 50) String unit, @Size(max = 2000) String response) {

	/** Whether the row of a form was left empty (it is then ignored). */
	public boolean isBlank() {
		return this.kpiId == null && (this.metric == null || this.metric.isBlank()) && this.condition == null
				&& this.value == null && this.upperValue == null && this.periodDays == null
				&& (this.response == null || this.response.isBlank());
	}

}
