package com.marketingplanner.domain.risk;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A trigger that watches a signal the plan names without a threshold (000: 异常流量波动,
 * 价格异常变动; 002: 负面情绪指数 "突破阈值").
 */
class WatchedSignalTest {

	@Test
	void aWatchedSignalNeedsNoLineAndNeverFires() {
		RiskTrigger traffic = RiskTrigger.of("triggers[0]", null, " 异常流量波动 ", TriggerCondition.SIGNAL, null, null, null,
				null, "自动识别");

		assertThat(traffic.getMetric()).isEqualTo("异常流量波动");
		assertThat(traffic.getValue()).isNull();
		assertThat(traffic.isEvaluable()).isFalse();
		assertThat(traffic.firesAt(new BigDecimal("1000000"), BigDecimal.ONE)).isFalse();
	}

	@Test
	void aWatchedSignalStillMeasuresSomething() {
		assertThatThrownBy(
				() -> RiskTrigger.of("triggers[0]", null, null, TriggerCondition.SIGNAL, null, null, null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.risk.trigger.measure-required"));
	}

	@Test
	void refusesALineOrAPeriodOnAWatchedSignal() {
		assertThatThrownBy(() -> RiskTrigger.of("triggers[1]", null, "价格异常变动", TriggerCondition.SIGNAL,
				new BigDecimal("5"), null, null, "%", null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("triggers[1].value");
				assertThat(ex.messageKey()).isEqualTo("error.risk.trigger.signal-without-value");
			});
		assertThatThrownBy(
				() -> RiskTrigger.of("triggers[1]", null, "价格异常变动", TriggerCondition.SIGNAL, null, null, 7, null, null))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aComparisonStillNeedsItsLine() {
		assertThatThrownBy(
				() -> RiskTrigger.of("triggers[0]", 1L, null, TriggerCondition.ABOVE, null, null, null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.risk.trigger.value-required"));
	}

	@Test
	void aRiskListsItsWatchedSignalsApartFromItsEvaluableTriggers() {
		Risk risk = new Risk(null, 0, "市场风险", "竞争对手颠覆性策略");
		risk.watch(java.util.List.of(
				RiskTrigger.of("triggers[0]", 1L, null, TriggerCondition.ABOVE, new BigDecimal("3"), null, null, "天",
						null),
				RiskTrigger.of("triggers[1]", null, "异常流量波动", TriggerCondition.SIGNAL, null, null, null, null, null)),
				null);

		assertThat(risk.watchedSignals()).extracting(RiskTrigger::getMetric).containsExactly("异常流量波动");
	}

}
