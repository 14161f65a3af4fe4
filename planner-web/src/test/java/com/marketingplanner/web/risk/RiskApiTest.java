package com.marketingplanner.web.risk;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class RiskApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String risks() {
		return "/api/v1/plans/" + this.planId + "/risks";
	}

	private long create(String body) throws Exception {
		return this.parts
			.id(this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	@Test
	void returnsScoreExpectedImpactAndHeatMapCell() throws Exception {
		long leadTime = this.parts.kpi(this.planId, "Risk detection lead time");
		this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "技術", "title": "智能平臺開發延期 platform delay", "probability": 0.22, "impact": 4,
				 "impactAmount": 42000000, "impactText": "budget +15%%", "strategy": "MITIGATE",
				 "mitigation": "容災方案, 異地備份", "contingency": "手動操作流程", "reviewCadence": "MONTHLY",
				 "triggers": [{"kpiId": %d, "condition": "ABOVE", "value": 3, "unit": "d"},
				              {"metric": "price", "condition": "CHANGE_BEYOND", "value": 5, "periodDays": 7}]}
				""".formatted(leadTime)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(0.88))
			.andExpect(jsonPath("$.scoreMissing").isEmpty())
			.andExpect(jsonPath("$.expectedMonetaryImpact").value(9240000.00))
			.andExpect(jsonPath("$.heatMapCell.probabilityBucket").value(2))
			.andExpect(jsonPath("$.heatMapCell.impact").value(4))
			.andExpect(jsonPath("$.status").value("IDENTIFIED"))
			.andExpect(jsonPath("$.triggers[0].condition").value("ABOVE"))
			.andExpect(jsonPath("$.triggers[1].metric").value("price"))
			.andExpect(jsonPath("$.triggers[1].periodDays").value(7));
	}

	@Test
	void mapsAnImpactStatedAsAShareOfTheBudgetOntoTheScaleAndComputesTheExpectedLoss() throws Exception {
		this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "技术风险", "title": "智能平台开发延期", "probability": 0.22,
				 "impactShare": 15, "impactBase": "BUDGET", "impactText": "预算超支15%"}
				"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.impact").value(nullValue()))
			.andExpect(jsonPath("$.impactLevel").value(4))
			.andExpect(jsonPath("$.impactSource").value("SHARE"))
			.andExpect(jsonPath("$.heatMapCell.impact").value(4));
	}

	@Test
	void saysWhyTheScoreIsUndefined() throws Exception {
		this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "合規", "title": "數據隱私, 廣告法", "impact": 5, "strategy": "AVOID"}
				"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(nullValue()))
			.andExpect(jsonPath("$.scoreMissing").value(contains("probability")))
			.andExpect(jsonPath("$.heatMapCell").value(nullValue()));
	}

	@Test
	void rejectsEveryBadFieldAndWritesNothing() throws Exception {
		this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "", "title": "Platform delay", "probability": 1.5, "impact": 7, "impactAmount": -5}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("category", "probability", "impact", "impactAmount")));
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	@Test
	void rejectsATriggerOnAKpiOfAnotherPlan() throws Exception {
		long foreignKpi = this.parts.kpi(this.parts.plan(), "Elsewhere");

		this.mvc.perform(post(risks()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "市場", "title": "Competitor",
				 "triggers": [{"kpiId": %d, "condition": "ABOVE", "value": 1}]}
				""".formatted(foreignKpi)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("triggers[0].kpiId"));
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	@Test
	void listsTheRegisterByScoreWithFilters() throws Exception {
		create("""
				{"category": "市場", "title": "Competitor", "probability": 0.18, "impact": 3, "strategy": "MITIGATE"}
				""");
		create("""
				{"category": "技術", "title": "Platform delay", "probability": 0.22, "impact": 4, "strategy": "MITIGATE"}
				""");
		create("""
				{"category": "合規", "title": "Privacy", "strategy": "AVOID"}
				""");

		this.mvc.perform(get(risks()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title").value(contains("Platform delay", "Competitor", "Privacy")));
		this.mvc.perform(get(risks() + "?strategy=AVOID").with(viewer()))
			.andExpect(jsonPath("$.items[*].title").value(contains("Privacy")));
		this.mvc.perform(get(risks() + "?category=市場").with(viewer()))
			.andExpect(jsonPath("$.items[*].title").value(contains("Competitor")));
		this.mvc.perform(get(risks() + "?status=CLOSED").with(viewer())).andExpect(jsonPath("$.items").isEmpty());
		this.mvc.perform(get(risks() + "/heat-map").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[1].impact").value(4))
			.andExpect(jsonPath("$.rows[1].counts[1]").value(1))
			.andExpect(jsonPath("$.unplaced.length()").value(1))
			.andExpect(jsonPath("$.unassessed.length()").value(1))
			.andExpect(jsonPath("$.atLeastOneOccurs").value(0.3604));
	}

	@Test
	void escalatesAndClosesARiskAndRefusesAStaleChange() throws Exception {
		long id = create("""
				{"category": "技術", "title": "Platform delay", "probability": 0.22, "impact": 4}
				""");
		String url = risks() + "/" + id + "/status";

		this.mvc
			.perform(post(url).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"MITIGATING\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MITIGATING"));
		this.mvc
			.perform(post(url).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"CLOSED\", \"version\": 0}"))
			.andExpect(status().isConflict());
		this.mvc.perform(put(risks() + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"category": "技術", "title": "Platform delay", "probability": 0.3, "impact": 4,
				 "status": "CLOSED", "version": 1}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.score").value(1.2));
	}

	@Test
	void answersNotFoundForARiskOfAnotherPlanAndForbidsViewers() throws Exception {
		long otherPlan = this.parts.plan();
		long foreign = this.parts.id(this.mvc
			.perform(post("/api/v1/plans/" + otherPlan + "/risks").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\": \"技術\", \"title\": \"Elsewhere\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		this.mvc.perform(get(risks() + "/" + foreign).with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(delete(risks() + "/" + foreign + "?version=0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(risks()).with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\": \"技術\", \"title\": \"Mine\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

}
