package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.goal.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardrailsTest {

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static List<Finding> evaluate(GuardrailInput input) {
		return Guardrails.evaluate(input, GuardrailRules.seedDefaults());
	}

	private static GuardrailInput channels(ChannelResult... channels) {
		return new GuardrailInput(List.of(channels), List.of(), List.of(), List.of());
	}

	@Test
	void channelBelowRoiFloorIsRecommendedForPause() {
		// 002: base 1.3 < floor 1.5 → pause; revenue 13000 / spend 10000 = 1.3 ≥ 1 →
		// warning
		List<Finding> findings = evaluate(channels(new ChannelResult("feeds", money("10000"), money("13000"), false),
				new ChannelResult("search", money("10000"), money("30000"), true)));
		assertThat(findings).hasSize(1);
		Finding finding = findings.get(0);
		assertThat(finding.code()).isEqualTo(FindingCode.CHANNEL_ROI_BELOW_FLOOR);
		assertThat(finding.subject()).isEqualTo("feeds");
		assertThat(finding.recommendation()).isEqualTo(Recommendation.PAUSE_CHANNEL);
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.parameters()).containsEntry("roi", "1.3").containsEntry("floor", "1.5");
	}

	@Test
	void channelNotReturningItsSpendIsCritical() {
		List<Finding> findings = evaluate(channels(new ChannelResult("display", money("1000"), money("800"), false)));
		assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void roiExactlyOnTheFloorAndChannelsWithoutSpendDoNotFire() {
		assertThat(evaluate(channels(new ChannelResult("a", money("1000"), money("1500"), false),
				new ChannelResult("b", BigDecimal.ZERO, BigDecimal.ZERO, false))))
			.isEmpty();
	}

	@Test
	void monthlyOverspendAboveTenPercentFreezesNonCoreChannels() {
		// 002: planned 100000, actual 112000 → (112000 − 100000) / 100000 = 0.12 > 0.10
		GuardrailInput input = new GuardrailInput(
				List.of(new ChannelResult("search", money("1"), money("10"), true),
						new ChannelResult("feeds", money("1"), money("10"), false),
						new ChannelResult("kol", money("1"), money("10"), false)),
				List.of(new MonthlySpend(YearMonth.of(2026, 3), money("100000"), money("112000")),
						new MonthlySpend(YearMonth.of(2026, 4), money("100000"), money("110000"))),
				List.of(), List.of());
		List<Finding> findings = evaluate(input);
		// April is exactly 10 %: not above the threshold
		assertThat(findings).hasSize(1);
		Finding finding = findings.get(0);
		assertThat(finding.code()).isEqualTo(FindingCode.MONTHLY_OVERSPEND);
		assertThat(finding.subject()).isEqualTo("2026-03");
		assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(finding.parameters()).containsEntry("overspend", "0.12")
			.containsEntry("nonCoreChannels", "feeds,kol");
	}

	@Test
	void channelShareAboveItsCap() {
		// 000/002: share = line ÷ base; 55 of 100 = 55 % > cap 35 %
		GuardrailInput input = channels(new ChannelResult("live", money("55"), money("500"), false),
				new ChannelResult("search", money("45"), money("500"), true));
		List<Finding> findings = Guardrails.evaluate(input, new GuardrailRules(1.5, 0.1, Map.of("live", 0.35)));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(FindingCode.CHANNEL_SHARE_ABOVE_CAP);
			assertThat(finding.parameters()).containsEntry("share", "0.55").containsEntry("cap", "0.35");
		});
	}

	@Test
	void kpiAndRiskIndicatorsFireOnlyBeyondTheirLinesInTheBadDirection() {
		// traffic attainment < 80 % → act (004); bounce > 60 % → redesign (002)
		GuardrailInput input = new GuardrailInput(List.of(), List.of(),
				List.of(new KpiReading("traffic-attainment", Direction.HIGHER_IS_BETTER, 0.75, 0.8),
						new KpiReading("cac", Direction.LOWER_IS_BETTER, 14, 15)),
				List.of(new RiskIndicatorReading("R3", "bounce-rate", 0.62, 0.6, Direction.LOWER_IS_BETTER),
						new RiskIndicatorReading("R4", "price-change", 0.05, 0.05, Direction.LOWER_IS_BETTER)));
		List<Finding> findings = evaluate(input);
		assertThat(findings).extracting(Finding::code)
			.containsExactly(FindingCode.KPI_PAST_WARNING_LINE, FindingCode.RISK_INDICATOR_PAST_THRESHOLD);
		assertThat(findings).extracting(Finding::subject).containsExactly("traffic-attainment", "R3");
		assertThat(findings.get(1).parameters()).containsEntry("value", "0.62")
			.containsEntry("indicator", "bounce-rate");
	}

	@Test
	void roiFindingFiresExactlyForChannelsBelowTheFloor() {
		// property over generated channels: a finding ⇔ spend > 0 and revenue ÷ spend <
		// 1.5
		java.util.Random random = new java.util.Random(31);
		for (int trial = 0; trial < 500; trial++) {
			BigDecimal spend = BigDecimal.valueOf(random.nextInt(1000));
			BigDecimal revenue = BigDecimal.valueOf(random.nextInt(3000));
			List<Finding> findings = evaluate(channels(new ChannelResult("c", spend, revenue, false)));
			boolean below = spend.signum() > 0 && revenue.doubleValue() / spend.doubleValue() < 1.5;
			assertThat(findings).hasSize(below ? 1 : 0);
		}
	}

}
