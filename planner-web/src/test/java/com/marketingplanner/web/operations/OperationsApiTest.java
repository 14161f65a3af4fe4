package com.marketingplanner.web.operations;

import com.marketingplanner.domain.template.PlansFromTemplates;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tools, dashboards and operating standards REST API. */
@PlannerWebTest
class OperationsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

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
		return "/api/v1/plans/" + this.planId;
	}

	@Test
	void addsAPlannedToolOwnedByATeamUnitDueAtTheEndOfItsPlanMonth() throws Exception {
		long unitId = this.parts.id(this.mvc
			.perform(post(base() + "/organisation/team-units").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "技术组"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());

		this.mvc.perform(post(base() + "/tools").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "智能客服系统", "category": "CUSTOMER_SERVICE", "purpose": "降低人工成本30%%",
				 "ownerUnitId": %d, "status": "PLANNED", "plannedMonth": 6}""".formatted(unitId)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/tools/")))
			.andExpect(jsonPath("$.ownerUnitId").value(unitId))
			.andExpect(jsonPath("$.dueDate").value("2026-06-30"));
		this.mvc.perform(get(base() + "/tools").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("智能客服系统"))
			.andExpect(jsonPath("$.items[0].status").value("PLANNED"));
	}

	@Test
	void addsADashboardWithZonesKpisAndALinkToTheBudgetBoard() throws Exception {
		long roi = this.parts.kpi(this.planId, "渠道月度ROI");

		this.mvc.perform(post(base() + "/dashboards").with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "营销资源仪表盘", "metricCount": 30, "warningModuleCount": 8, "forecastHorizonDays": 7,
					 "refresh": "REAL_TIME", "view": "BUDGET_BOARD", "kpiIds": [%d],
					 "zones": [{"name": "红色预警区", "rule": "触达红色区域时预警"}, {"name": "绿色安全区"}, {"name": "", "rule": ""}]}"""
				.formatted(roi)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.zones.length()").value(2))
			.andExpect(jsonPath("$.zones[0].name").value("红色预警区"))
			.andExpect(jsonPath("$.kpiIds[0]").value(roi))
			.andExpect(jsonPath("$.viewPath").value("/plans/" + this.planId + "/analytics/budget-board"));
		this.mvc.perform(post(base() + "/standards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "商品上新流程", "timeLimitHours": 72, "checks": "三审三校", "scenarioCount": 30}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeLimitHours").value(72))
			.andExpect(jsonPath("$.checks").value("三审三校"));
		long promotions = this.parts.id(this.mvc
			.perform(post(base() + "/standards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "促销活动流程", "leadTimeDays": 15}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.position").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString());
		this.mvc
			.perform(put(base() + "/standards/" + promotions).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "促销活动流程", "leadTimeDays": 15, "position": 0, "version": 0}"""))
			.andExpect(status().isOk());
		this.mvc.perform(get(base() + "/standards").with(viewer()))
			.andExpect(jsonPath("$.items[0].name").value("促销活动流程"))
			.andExpect(jsonPath("$.items[1].name").value("商品上新流程"))
			.andExpect(jsonPath("$.items[1].position").value(1));
	}

	@Test
	void refusesBadInputWithProblemDetailsAndChangesNothing() throws Exception {
		long otherPlan = this.parts.plan();
		long foreignKpi = this.parts.kpi(otherPlan, "GMV");
		this.mvc.perform(post(base() + "/tools").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "ERP", "category": "ERP", "status": "IN_USE", "plannedMonth": 3}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("plannedMonth"));
		this.mvc.perform(post(base() + "/tools").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "ERP", "category": "ERP", "status": "PLANNED", "ownerUnitId": 999999}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerUnitId"));
		this.mvc.perform(post(base() + "/tools").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "ERP", "category": "NOT_A_CATEGORY", "status": "PLANNED"}"""))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base() + "/dashboards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "看板", "zones": [{"name": "红色预警区"}, {"name": "红色预警区"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zones[1].name"));
		this.mvc
			.perform(post(base() + "/dashboards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "看板", "kpiIds": [%d]}""".formatted(foreignKpi)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kpiIds"));
		this.mvc
			.perform(post(base() + "/dashboards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "看板", "forecastHorizonDays": 400}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("forecastHorizonDays"));
		this.mvc.perform(post(base() + "/standards").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "SOP手册", "scenarioCount": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scenarioCount"));
		assertThat(this.parts.count("plan_tool", this.planId)).isZero();
		assertThat(this.parts.count("plan_dashboard", this.planId)).isZero();
		assertThat(this.parts.count("operating_standard", this.planId)).isZero();
	}

	@Test
	void answersUnauthorisedForbiddenNotFoundAndConflict() throws Exception {
		String standard = """
				{"name": "促销活动流程", "leadTimeDays": 15}""";
		this.mvc.perform(get(base() + "/standards")).andExpect(status().isUnauthorized());
		this.mvc.perform(
				post(base() + "/standards").with(viewer()).contentType(MediaType.APPLICATION_JSON).content(standard))
			.andExpect(status().isForbidden());
		long standardId = this.parts.id(this.mvc.perform(
				post(base() + "/standards").with(planner()).contentType(MediaType.APPLICATION_JSON).content(standard))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/standards/" + standardId).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put(base() + "/standards/" + standardId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "促销活动流程", "leadTimeDays": 20, "version": 7}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(put(base() + "/standards/" + standardId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "促销活动流程", "leadTimeDays": 20, "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadTimeDays").value(20));
		this.mvc.perform(delete(base() + "/standards/" + standardId + "?version=0").with(planner()))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(base() + "/standards/" + standardId + "?version=1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(base() + "/standards/" + standardId).with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/tools/424242").with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/dashboards/424242").with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void listsTheTemplatePlansDashboardsWithTheirNumbersAndLinks() throws Exception {
		long plan002 = this.templates.create("seed-002", "planner", null, null);

		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/dashboards").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.items[0].metricCount").value(30))
			.andExpect(jsonPath("$.items[0].warningModuleCount").value(8))
			.andExpect(jsonPath("$.items[0].forecastHorizonDays").value(7))
			.andExpect(jsonPath("$.items[0].viewPath").value("/plans/" + plan002 + "/reports/weekly"))
			.andExpect(jsonPath("$.items[1].zones[1].name").value("绿色安全区"));
		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/tools").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(6))
			.andExpect(jsonPath("$.items[4].category").value("FORECAST_MODEL"));
	}

}
