package com.marketingplanner.domain.template;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.template.PlanDocument.Condition;
import com.marketingplanner.domain.template.PlanDocument.Gate;
import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.GateMatch;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's gate: a list of conditions, and the single gate of older documents. */
class PlanDocumentGateTest {

	private static Gate read(String json) {
		return PlanDocumentJson.mapper().readValue(json, Gate.class);
	}

	@Test
	void readsTheSingleGateOfAnOlderDocumentAsItsOnlyCondition() {
		Gate gate = read("""
				{"kpi": "k-users", "operator": ">=", "value": 300000, "text": "用户规模30万"}""");

		assertThat(gate.conditions()).containsExactly(
				new Condition("k-users", ComparisonOperator.AT_LEAST, new BigDecimal("300000"), "用户规模30万"));
		assertThat(gate.kpi()).isNull();
		assertThat(gate.effectiveMatch()).isEqualTo(GateMatch.ALL);
	}

	@Test
	void readsConditionsAndWritesThemWithoutTheSingleGateKeys() {
		Gate gate = read("""
				{"match": "ANY", "conditions": [{"text": "按ROI选定主渠道"},
				  {"kpi": "k-merchants", "operator": ">=", "value": 1000}]}""");

		assertThat(gate.effectiveMatch()).isEqualTo(GateMatch.ANY);
		assertThat(gate.conditions()).extracting(Condition::text).containsExactly("按ROI选定主渠道", null);
		String written = PlanDocumentJson.mapper().writeValueAsString(gate);
		assertThat(written).contains("\"conditions\"", "\"match\" : \"ANY\"").doesNotContain("\"kpi\" : null");
		assertThat(PlanDocumentJson.mapper().writeValueAsString(Gate.of(GateMatch.ALL, gate.conditions())))
			.doesNotContain("match");
	}

}
