package com.marketingplanner.web.rules;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.marketingplanner.web.timeline.PlanParts;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Benchmark allocation rules (002: a channel whose LTV beats the industry average may get
 * a larger share) and risk signals watched without a threshold (000: 异常流量波动) through
 * REST, the pages and the alerts (ADR 0098).
 */
@PlannerWebTest
class BenchmarkRulesAndWatchedSignalsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.parts = new PlanParts(this.mvc, this.json, this.jdbc);
		this.planId = this.parts.plan();
	}

	private ResultActions post(String path, String body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/plans/" + this.planId + path)
			.with(planner())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aBenchmarkRuleIsStoredReadBackAndSaysWhenItsBenchmarkIsMissing() throws Exception {
		JsonNode created = body(post("/budget/rules", """
				{"kind": "BENCHMARK_RAISE", "scopeType": "PLAN", "metric": "LTV",
				 "benchmarkText": "行业平均水平（原文未给出数值）", "note": "6.2"}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.metric").value("LTV"))
			.andExpect(jsonPath("$.threshold").doesNotExist()));
		assertThat(created.get("warnings").findValuesAsString("code")).contains("rule-benchmark-missing");

		this.mvc
			.perform(
					get("/api/v1/plans/" + this.planId + "/budget/rules/" + created.get("id").asLong()).with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("BENCHMARK_RAISE"))
			.andExpect(jsonPath("$.benchmarkText").value("行业平均水平（原文未给出数值）"))
			.andExpect(jsonPath("$.benchmarkValue").doesNotExist());
	}

	@Test
	void answers400ForABenchmarkRuleWithoutAMetricWithTwoBenchmarksOrAnUnknownMetric() throws Exception {
		post("/budget/rules", "{\"kind\": \"BENCHMARK_RAISE\", \"scopeType\": \"PLAN\", \"benchmarkValue\": 200}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("metric")));
		long kpi = this.parts.kpi(this.planId, "LTV");
		post("/budget/rules", """
				{"kind": "BENCHMARK_RAISE", "scopeType": "PLAN", "metric": "LTV", "benchmarkValue": 200,
				 "benchmarkKpiId": %d}
				""".formatted(kpi)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("benchmarkKpiId")));
		post("/budget/rules", "{\"kind\": \"BENCHMARK_RAISE\", \"scopeType\": \"PLAN\", \"metric\": \"GMV\"}")
			.andExpect(status().isBadRequest());
		post("/budget/rules",
				"{\"kind\": \"BENCHMARK_RAISE\", \"scopeType\": \"PLAN\", \"metric\": \"LTV\", \"shareRaise\": -1}")
			.andExpect(status().isBadRequest());
		assertThat(this.parts.count("allocation_rule", this.planId)).isZero();
	}

	@Test
	void aWatchedSignalHasNoThresholdAndATriggerWithAComparisonStillNeedsOne() throws Exception {
		post("/risks", """
				{"category": "市场风险", "title": "竞争对手颠覆性策略",
				 "triggers": [{"metric": "异常流量波动", "condition": "SIGNAL", "response": "自动识别"}]}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.triggers[0].condition").value("SIGNAL"))
			.andExpect(jsonPath("$.triggers[0].value").doesNotExist());

		post("/risks", """
				{"category": "市场风险", "title": "价格",
				 "triggers": [{"metric": "价格异常变动", "condition": "SIGNAL", "value": 5}]}
				""").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("triggers[0].value")));
		post("/risks", """
				{"category": "市场风险", "title": "价格",
				 "triggers": [{"metric": "价格异常变动", "condition": "ABOVE"}]}
				""").andExpect(status().isBadRequest());
		assertThat(this.parts.count("risk", this.planId)).isEqualTo(1);
	}

	@Test
	void theAlertsSkipAWatchedSignalEvenOnAMeasuredKpi() throws Exception {
		long kpi = this.parts.kpi(this.planId, "Traffic");
		post("/kpis/" + kpi + "/measurements",
				"{\"periodStart\": \"2026-03-01\", \"periodEnd\": \"2026-03-31\", \"value\": 5}")
			.andExpect(status().isCreated());
		post("/risks", """
				{"category": "Market", "title": "Traffic anomalies",
				 "triggers": [{"kpiId": %d, "condition": "SIGNAL"}, {"kpiId": %d, "condition": "BELOW", "value": 10}]}
				""".formatted(kpi, kpi)).andExpect(status().isCreated());

		JsonNode evaluated = body(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/plans/" + this.planId + "/alerts/evaluate")
				.with(planner()))
			.andExpect(status().isOk()));
		assertThat(evaluated.get("raised").asInt()).isEqualTo(1);
		JsonNode alerts = body(this.mvc.perform(get("/api/v1/plans/" + this.planId + "/alerts").with(planner())));
		assertThat(alerts.get("items")).singleElement().satisfies((alert) -> {
			assertThat(alert.get("rule").asString()).isEqualTo("RISK_INDICATOR_PAST_THRESHOLD");
			assertThat(alert.get("detail").asString()).isEqualTo("Traffic <");
		});
	}

	@Test
	void theRegisterAndTheBudgetPageShowWhatCannotBeEvaluated() throws Exception {
		post("/risks", """
				{"category": "市场风险", "title": "竞争对手颠覆性策略", "probability": 0.18, "impact": 3,
				 "triggers": [{"metric": "异常流量波动", "condition": "SIGNAL"}]}
				""").andExpect(status().isCreated());
		post("/budget/rules", """
				{"kind": "BENCHMARK_RAISE", "scopeType": "PLAN", "metric": "LTV", "benchmarkText": "行业平均水平"}
				""").andExpect(status().isCreated());

		this.mvc
			.perform(get("/plans/" + this.planId + "/risks").with(user("planner").roles("PLANNER"))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("监测信号，无阈值")))
			.andExpect(content().string(containsString("无阈值的监测信号：异常流量波动")));
		this.mvc
			.perform(get("/plans/" + this.planId + "/budget").with(user("planner").roles("PLANNER"))
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LTV &gt; benchmark not stated")))
			.andExpect(content().string(containsString("benchmark missing")))
			.andExpect(content().string(containsString("Raise when a metric beats a benchmark")));
	}

	@Test
	void theRuleDialogSavesABenchmarkRuleAndShowsItsErrorsInPlace() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/plans/" + this.planId + "/budget/rules")
				.with(user("planner").roles("PLANNER"))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("kind", "BENCHMARK_RAISE")
				.param("scopeType", "PLAN")
				.param("metric", "")
				.param("benchmarkText", "行业平均水平"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("基准规则需要指定比较的渠道指标")));
		assertThat(this.parts.count("allocation_rule", this.planId)).isZero();

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/plans/" + this.planId + "/budget/rules")
				.with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("kind", "BENCHMARK_RAISE")
				.param("scopeType", "CHANNEL")
				.param("scopeValue", "douyin")
				.param("metric", "ROI")
				.param("benchmarkValue", "1.5")
				.param("shareRaise", "5"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.sql("select metric || ' ' || benchmark_value || ' ' || share_raise from allocation_rule "
					+ "where plan_id = :planId")
			.param("planId", this.planId)
			.query(String.class)
			.single()).isEqualTo("ROI 1.500000 5.0000");
	}

}
