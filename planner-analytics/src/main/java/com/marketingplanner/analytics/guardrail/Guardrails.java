package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marketingplanner.analytics.goal.Direction;

/**
 * Early-warning rules (design.md "Guardrails"; seed digest row 29). All comparisons are
 * strict — a value exactly on its line does not fire — and money ratios are compared in
 * decimal, so 110 against a plan of 100 is exactly 10 % and does not pass a 10 %
 * threshold.
 * <ul>
 * <li>ROI = revenue ÷ spend (the seeds' ROI, i.e. ROAS) &lt; floor →
 * {@link FindingCode#CHANNEL_ROI_BELOW_FLOOR}, pause; critical when the channel does not
 * even return its spend (ROI &lt; 1), else a warning. Channels without spend are
 * skipped.</li>
 * <li>(actual − planned) ÷ planned &gt; threshold →
 * {@link FindingCode#MONTHLY_OVERSPEND}, freeze the non-core channels; critical.</li>
 * <li>channel spend ÷ total spend &gt; cap → {@link FindingCode#CHANNEL_SHARE_ABOVE_CAP};
 * warning.</li>
 * <li>KPI worse than its warning line → {@link FindingCode#KPI_PAST_WARNING_LINE};
 * warning.</li>
 * <li>risk indicator beyond its threshold in the bad direction →
 * {@link FindingCode#RISK_INDICATOR_PAST_THRESHOLD}; warning.</li>
 * </ul>
 * Findings come in the order of these rules, each rule in the order of its input.
 */
public final class Guardrails {

	private Guardrails() {
	}

	public static List<Finding> evaluate(GuardrailInput input, GuardrailRules rules) {
		List<Finding> findings = new ArrayList<>();
		checkChannelRoi(input.channels(), rules, findings);
		checkMonthlySpend(input, rules, findings);
		checkShares(input.channels(), rules, findings);
		for (KpiReading kpi : input.kpis()) {
			if (isWorse(kpi.direction(), kpi.actual(), kpi.warningLine())) {
				findings.add(new Finding(FindingCode.KPI_PAST_WARNING_LINE, Severity.WARNING, kpi.kpi(),
						Recommendation.REVIEW_KPI, params("actual", number(kpi.actual()), "warningLine",
								number(kpi.warningLine()), "direction", kpi.direction().name())));
			}
		}
		for (RiskIndicatorReading reading : input.riskIndicators()) {
			if (isWorse(reading.direction(), reading.value(), reading.threshold())) {
				findings.add(new Finding(FindingCode.RISK_INDICATOR_PAST_THRESHOLD, Severity.WARNING, reading.risk(),
						Recommendation.ACTIVATE_RISK_RESPONSE,
						params("indicator", reading.indicator(), "value", number(reading.value()), "threshold",
								number(reading.threshold()), "direction", reading.direction().name())));
			}
		}
		return findings;
	}

	private static void checkChannelRoi(List<ChannelResult> channels, GuardrailRules rules, List<Finding> findings) {
		for (ChannelResult channel : channels) {
			if (channel.spend().signum() == 0) {
				continue;
			}
			BigDecimal roi = channel.revenue().divide(channel.spend(), MathContext.DECIMAL64);
			if (roi.compareTo(BigDecimal.valueOf(rules.roiFloor())) < 0) {
				Severity severity = (roi.compareTo(BigDecimal.ONE) < 0) ? Severity.CRITICAL : Severity.WARNING;
				findings.add(new Finding(FindingCode.CHANNEL_ROI_BELOW_FLOOR, severity, channel.channel(),
						Recommendation.PAUSE_CHANNEL,
						params("spend", channel.spend().toPlainString(), "revenue", channel.revenue().toPlainString(),
								"roi", roi.stripTrailingZeros().toPlainString(), "floor", number(rules.roiFloor()))));
			}
		}
	}

	private static void checkMonthlySpend(GuardrailInput input, GuardrailRules rules, List<Finding> findings) {
		String nonCore = input.channels()
			.stream()
			.filter((channel) -> !channel.core())
			.map(ChannelResult::channel)
			.collect(Collectors.joining(","));
		for (MonthlySpend month : input.months()) {
			BigDecimal overspend = month.actual()
				.subtract(month.planned())
				.divide(month.planned(), MathContext.DECIMAL64);
			if (overspend.compareTo(BigDecimal.valueOf(rules.overspendThreshold())) > 0) {
				findings.add(new Finding(FindingCode.MONTHLY_OVERSPEND, Severity.CRITICAL, month.month().toString(),
						Recommendation.FREEZE_NON_CORE_CHANNELS,
						params("planned", month.planned().toPlainString(), "actual", month.actual().toPlainString(),
								"overspend", overspend.stripTrailingZeros().toPlainString(), "threshold",
								number(rules.overspendThreshold()), "nonCoreChannels", nonCore)));
			}
		}
	}

	private static void checkShares(List<ChannelResult> channels, GuardrailRules rules, List<Finding> findings) {
		BigDecimal total = channels.stream().map(ChannelResult::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			return;
		}
		for (ChannelResult channel : channels) {
			Double cap = rules.shareCaps().get(channel.channel());
			if (cap == null) {
				continue;
			}
			BigDecimal share = channel.spend().divide(total, MathContext.DECIMAL64);
			if (share.compareTo(BigDecimal.valueOf(cap)) > 0) {
				findings.add(new Finding(FindingCode.CHANNEL_SHARE_ABOVE_CAP, Severity.WARNING, channel.channel(),
						Recommendation.REDUCE_CHANNEL_SHARE,
						params("spend", channel.spend().toPlainString(), "totalSpend", total.toPlainString(), "share",
								share.stripTrailingZeros().toPlainString(), "cap", number(cap))));
			}
		}
	}

	private static boolean isWorse(Direction direction, double value, double line) {
		return (direction == Direction.HIGHER_IS_BETTER) ? value < line : value > line;
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static Map<String, String> params(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
