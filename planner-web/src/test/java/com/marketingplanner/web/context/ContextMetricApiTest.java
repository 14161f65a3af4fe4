package com.marketingplanner.web.context;

import java.util.ArrayList;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The context figures' REST API and the plan profile on the plan's REST resource. */
@PlannerWebTest
class ContextMetricApiTest {

	private static final String CAC = """
			{"name": "电商行业平均获客成本", "value": 185, "unit": "元", "changePercent": 68,
			 "changeBasis": "较2020年", "asOfYear": 2023, "sourceSection": "2.2"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String base() {
		return "/api/v1/plans/" + this.planId + "/context-metrics";
	}

	@Test
	void addsAFigureWithAChangeAndAComparisonAndListsItInOrder() throws Exception {
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(CAC))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/context-metrics/")))
			.andExpect(jsonPath("$.value").value(185))
			.andExpect(jsonPath("$.changePercent").value(68))
			.andExpect(jsonPath("$.changeBasis").value("较2020年"));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "资金周转率", "value": 1.8, "unit": "次/年", "comparisonValue": 3.5,
				 "comparisonLabel": "行业优秀水平", "position": 0}""")).andExpect(status().isCreated());

		this.mvc.perform(get(base()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].name").value("资金周转率"))
			.andExpect(jsonPath("$.items[0].comparisonValue").value(3.5))
			.andExpect(jsonPath("$.items[1].position").value(1));
	}

	@Test
	void refusesBadInputWithProblemDetailsAndChangesNothing() throws Exception {
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "跨境履约时效", "value": 10, "upperValue": 7, "unit": "天"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("upperValue"));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "流失率", "value": 22}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "value": 1, "unit": "%", "asOfYear": 20230}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("asOfYear")));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "画像维度", "qualifier": "SOMETIMES", "value": 5, "unit": "维"}"""))
			.andExpect(status().isBadRequest());
		assertThat(this.parts.count("context_metric", this.planId)).isZero();
	}

	@Test
	void answersUnauthorisedForbiddenNotFoundAndConflict() throws Exception {
		this.mvc.perform(get(base())).andExpect(status().isUnauthorized());
		this.mvc.perform(post(base()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content(CAC))
			.andExpect(status().isForbidden());
		long metricId = this.parts
			.id(this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(CAC))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString());
		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/context-metrics/" + metricId).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put(base() + "/" + metricId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CAC.replace("\"sourceSection\": \"2.2\"", "\"sourceSection\": \"2.2\", \"version\": 7")))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(base() + "/" + metricId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CAC.replace("185", "190")
					.replace("\"sourceSection\": \"2.2\"", "\"sourceSection\": \"2.2\", \"version\": 0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(190));
		this.mvc.perform(delete(base() + "/" + metricId + "?version=0").with(planner()))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(base() + "/" + metricId + "?version=1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(base() + "/" + metricId).with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void thePlanProfileIsOptionalAndAnEditWithoutItKeepsIt() throws Exception {
		String plan = "/api/v1/plans/" + this.planId;
		this.mvc.perform(put(plan).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "部署电商工作方案", "currency": "CNY", "periodStart": "2026-01-01",
				 "periodEnd": "2026-12-31", "version": 0, "planKind": "BUSINESS_LAUNCH",
				 "businessContext": "传统企业电商事业部", "currencyStated": true, "contextCurrency": "USD"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planKind").value("BUSINESS_LAUNCH"))
			.andExpect(jsonPath("$.contextCurrency").value("USD"));

		this.mvc.perform(put(plan).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "部署电商工作方案（修订）", "currency": "CNY", "periodStart": "2026-01-01",
				 "periodEnd": "2026-12-31", "version": 1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planKind").value("BUSINESS_LAUNCH"))
			.andExpect(jsonPath("$.businessContext").value("传统企业电商事业部"))
			.andExpect(jsonPath("$.currencyStated").value(true));
		this.mvc.perform(put(plan).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "部署电商工作方案", "currency": "USD", "periodStart": "2026-01-01",
				 "periodEnd": "2026-12-31", "version": 2}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contextCurrency"));
		this.mvc.perform(put(plan).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "部署电商工作方案", "currency": "CNY", "periodStart": "2026-01-01",
				 "periodEnd": "2026-12-31", "version": 2, "planKind": "NONSENSE"}"""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDocumentOfPlan004CarriesItsBaselinesAsContextMetricsBeforeTheFrameworks() throws Exception {
		long plan004 = this.templates.create("seed-004", "planner", null, null);

		String document = this.mvc.perform(get("/api/v1/plans/" + plan004 + "/document").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan_kind").value("BUSINESS_LAUNCH"))
			.andExpect(jsonPath("$.context_currency").value("USD"))
			.andExpect(jsonPath("$.context_metrics[*].name", hasItem("A轮融资")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(new ArrayList<>(this.json.readTree(document).propertyNames())).endsWith("context_metrics",
				"frameworks");
	}

}
