package com.marketingplanner.analytics.guardrail;

import java.util.List;

/**
 * What the guardrails check; any list may be empty.
 *
 * @param channels per-channel spend and revenue of the period
 * @param months planned and actual spend per month
 * @param kpis KPI readings with their warning lines
 * @param riskIndicators risk indicator readings with their thresholds
 */
public record GuardrailInput(List<ChannelResult> channels, List<MonthlySpend> months, List<KpiReading> kpis,
		List<RiskIndicatorReading> riskIndicators) {

	public GuardrailInput {
		channels = List.copyOf(channels);
		months = List.copyOf(months);
		kpis = List.copyOf(kpis);
		riskIndicators = List.copyOf(riskIndicators);
	}

}
