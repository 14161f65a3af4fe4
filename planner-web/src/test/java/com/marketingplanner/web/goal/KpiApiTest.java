package com.marketingplanner.web.goal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.marketingplanner.domain.goal.KpiMeasurementRepository;
import com.marketingplanner.domain.goal.KpiRepository;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.goal.GoalApiTest.goal;
import static com.marketingplanner.web.goal.GoalApiTest.goals;
import static com.marketingplanner.web.goal.GoalApiTest.newPlan;
import static com.marketingplanner.web.goal.GoalApiTest.planner;
import static com.marketingplanner.web.goal.GoalApiTest.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class KpiApiTest {

	private static final String CAC = """
			{"name": "CAC 獲客成本", "unit": "元", "category": "TRF", "direction": "LOWER_IS_BETTER",
			 "targetType": "AT_MOST", "target": 15, "dueDate": "2026-12-31", "frequency": "MONTHLY"}
			""";

	private static final String SOCIAL = """
			{"name": "Social conversion", "unit": "%%", "category": "CNV", "direction": "HIGHER_IS_BETTER",
			 "targetType": "FROM_TO", "baseline": 9.2, "target": 14, "goalId": %s}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	KpiMeasurementRepository measurements;

	@Autowired
	JsonMapper json;

	long planId;

	long otherPlanId;

	@BeforeEach
	void plans() {
		this.users.ensureAll();
		this.planId = newPlan(this.plans, "KPI API plan");
		this.otherPlanId = newPlan(this.plans, "Other KPI API plan");
	}

	@Test
	void createsAKpiAndComputesAttainmentFromItsLatestMeasurement() throws Exception {
		long id = create(this.planId, CAC);
		this.mvc.perform(get(kpis(this.planId) + "/" + id).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_MEASURED"))
			.andExpect(jsonPath("$.latestMeasurement").doesNotExist());

		measure(id, "2026-01-01", "2026-01-31", "21");
		measure(id, "2026-02-01", "2026-02-28", "18");
		measure(id, "2025-12-01", "2025-12-31", "30");

		this.mvc.perform(get(kpis(this.planId) + "/" + id).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value(15))
			.andExpect(jsonPath("$.latestMeasurement.value").value(18))
			.andExpect(jsonPath("$.latestMeasurement.periodEnd").value("2026-02-28"))
			.andExpect(jsonPath("$.attainmentPercent").value(83.3))
			.andExpect(jsonPath("$.status").value("BELOW_TARGET"))
			.andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.containsString("15 ÷ 18")));
		this.mvc.perform(get(kpis(this.planId) + "/" + id + "/measurements").with(viewer()))
			.andExpect(jsonPath("$[*].value").value(org.hamcrest.Matchers.contains(18, 21, 30)));
	}

	@Test
	void createsAKpiUnderAGoalOfThePlan() throws Exception {
		long goalId = goal(this.planId);
		long id = create(this.planId, SOCIAL.formatted(goalId));
		measure(id, "2026-03-01", "2026-03-31", "11.6");
		this.mvc.perform(get(kpis(this.planId) + "/" + id).with(viewer()))
			.andExpect(jsonPath("$.goalId").value(goalId))
			.andExpect(jsonPath("$.attainmentPercent").value(50.0))
			.andExpect(jsonPath("$.baseline").value(9.2));
	}

	@Test
	void keepsARelativeChangeWithoutBaselineAsUndefinedWithAWarning() throws Exception {
		long id = create(this.planId, """
				{"name": "New-customer CAC", "direction": "LOWER_IS_BETTER", "targetType": "RELATIVE_CHANGE",
				 "target": -25}
				""");
		measure(id, "2026-01-01", "2026-01-31", "1.5");
		this.mvc.perform(get(kpis(this.planId) + "/" + id).with(viewer()))
			.andExpect(jsonPath("$.status").value("UNDEFINED"))
			.andExpect(jsonPath("$.attainment").doesNotExist())
			.andExpect(jsonPath("$.warnings[0]").value("BASELINE_MISSING"))
			.andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.containsString("baseline")));
	}

	@Test
	void rejectsAnInvalidKpiNamingEveryBadFieldAndWritesNothing() throws Exception {
		long before = this.kpis.count();
		this.mvc.perform(post(kpis(this.planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "direction": "HIGHER_IS_BETTER", "targetType": "FROM_TO", "target": 14,
				 "challenge": 12, "unit": "%s"}
				""".formatted("u".repeat(51))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "unit", "baseline", "challenge")));
		this.mvc.perform(post(kpis(this.planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "CAC", "direction": "LOWER_IS_BETTER", "targetType": "AT_LEAST", "target": 15}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("direction")));
		assertThat(this.kpis.count()).isEqualTo(before);
	}

	@Test
	void keepsAKpiWhoseAimIsInWordsAndShowsItsAssessedStatus() throws Exception {
		String created = this.mvc
			.perform(post(kpis(this.planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "点击转化率", "direction": "HIGHER_IS_BETTER", "aim": "达到行业领先水平"}
					"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.qualitative").value(true))
			.andExpect(jsonPath("$.aim").value("达到行业领先水平"))
			.andExpect(jsonPath("$.qualitativeStatus").value("NOT_ASSESSED"))
			.andExpect(jsonPath("$.status").value("NOT_MEASURED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(created).get("id").asLong();
		this.mvc.perform(
				put(kpis(this.planId) + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "点击转化率", "direction": "HIGHER_IS_BETTER", "aim": "达到行业领先水平",
						 "qualitativeStatus": "ON_TRACK", "version": 0}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ON_TARGET"));
		this.mvc
			.perform(get("/plans/" + this.planId + "/kpis/" + id)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("viewer")
					.roles("VIEWER"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("达到行业领先水平")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("On track")));
	}

	@Test
	void keepsAMultipleOfAnUnstatedBenchmarkAndSaysTheBenchmarkIsMissing() throws Exception {
		this.mvc.perform(post(kpis(this.planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Awareness", "direction": "HIGHER_IS_BETTER", "targetType": "MULTIPLE_OF_BENCHMARK",
				 "target": 1.5}
				"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[0]").value("BENCHMARK_MISSING"))
			.andExpect(jsonPath("$.status").value("NOT_MEASURED"));
	}

	@Test
	void showsRuleMessagesInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post(kpis(this.planId)).with(planner())
				.header("Accept-Language", "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "CAC", "direction": "LOWER_IS_BETTER", "targetType": "AT_MOST", "target": 15,
						 "challenge": 16}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("challenge"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("挑战值")));
	}

	@Test
	void rejectsAGoalOfAnotherPlanOnItsFieldAndWritesNothing() throws Exception {
		long foreignGoal = goal(this.otherPlanId);
		long before = this.kpis.count();
		this.mvc
			.perform(post(kpis(this.planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(SOCIAL.formatted(foreignGoal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("goalId"));
		assertThat(this.kpis.count()).isEqualTo(before);
	}

	@Test
	void refusesAStaleEditWithConflictAndOverwritesNothing() throws Exception {
		long id = create(this.planId, CAC);
		String edit = CAC.replace("}", ", \"challenge\": 12, \"version\": 0}");
		this.mvc.perform(
				put(kpis(this.planId) + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.challenge").value(12))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(kpis(this.planId) + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.replace("\"challenge\": 12", "\"challenge\": 10")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
		assertThat(this.kpis.findById(id).orElseThrow().getChallenge()).isEqualByComparingTo("12");
	}

	@Test
	void answersNotFoundForAKpiOrMeasurementOfAnotherPlan() throws Exception {
		long foreign = create(this.otherPlanId, CAC);
		long foreignMeasurement = measure(foreign, "2026-01-01", "2026-01-31", "20");
		long own = create(this.planId, CAC);
		this.mvc.perform(get(kpis(this.planId) + "/" + foreign).with(planner())).andExpect(status().isNotFound());
		this.mvc
			.perform(put(kpis(this.planId) + "/" + foreign).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CAC.replace("}", ", \"version\": 0}")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(kpis(this.planId) + "/" + foreign + "?version=0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(kpis(this.planId) + "/" + foreign + "/measurements").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-01-31\", \"value\": 1}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(kpis(this.planId) + "/" + own + "/measurements/" + foreignMeasurement).with(planner()))
			.andExpect(status().isNotFound());
		assertThat(this.kpis.findById(foreign)).isPresent();
		assertThat(this.measurements.findById(foreignMeasurement)).isPresent();
	}

	@Test
	void letsAViewerReadButNotWrite() throws Exception {
		long id = create(this.planId, CAC);
		long measurement = measure(id, "2026-01-01", "2026-01-31", "20");
		long before = this.kpis.count();
		this.mvc.perform(get(kpis(this.planId)).with(viewer())).andExpect(status().isOk());
		this.mvc.perform(post(kpis(this.planId)).with(viewer()).contentType(MediaType.APPLICATION_JSON).content(CAC))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(kpis(this.planId) + "/" + id + "?version=0").with(viewer()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(kpis(this.planId) + "/" + id + "/measurements").with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"periodStart\": \"2026-02-01\", \"periodEnd\": \"2026-02-28\", \"value\": 1}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(kpis(this.planId) + "/" + id + "/measurements/" + measurement).with(viewer()))
			.andExpect(status().isForbidden());
		assertThat(this.kpis.count()).isEqualTo(before);
		assertThat(this.measurements.findNewestFirst(id)).hasSize(1);
	}

	@Test
	void listsKpisPagedAndFilteredByGoalCategoryBenchmarkFlagAndStatus() throws Exception {
		long goalId = goal(this.planId);
		long social = create(this.planId, SOCIAL.formatted(goalId));
		long cac = create(this.planId, CAC);
		create(this.planId, """
				{"name": "AI CS satisfaction (case)", "direction": "HIGHER_IS_BETTER", "targetType": "AT_LEAST",
				 "target": 95, "benchmarkCase": true, "category": "UX"}
				""");
		measure(social, "2026-03-01", "2026-03-31", "15");
		measure(cac, "2026-03-01", "2026-03-31", "18");

		this.mvc.perform(get(kpis(this.planId) + "?size=2").with(viewer()))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items.length()").value(2));
		this.mvc.perform(get(kpis(this.planId) + "?goalId=" + goalId).with(viewer()))
			.andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) social)));
		this.mvc.perform(get(kpis(this.planId) + "?category=TRF").with(viewer()))
			.andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) cac)));
		this.mvc.perform(get(kpis(this.planId) + "?benchmarkCase=true").with(viewer()))
			.andExpect(jsonPath("$.items[*].name").value(containsInAnyOrder("AI CS satisfaction (case)")));
		this.mvc.perform(get(kpis(this.planId) + "?status=ON_TARGET").with(viewer()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(social));
		this.mvc.perform(get(kpis(this.planId) + "?status=NOT_MEASURED&benchmarkCase=false").with(viewer()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get(kpis(this.planId) + "?status=GREEN").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void rejectsAMeasurementWhosePeriodEndsBeforeItStarts() throws Exception {
		long id = create(this.planId, CAC);
		this.mvc
			.perform(post(kpis(this.planId) + "/" + id + "/measurements").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"periodStart\": \"2026-02-01\", \"periodEnd\": \"2026-01-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("periodEnd", "value")));
		assertThat(this.measurements.findNewestFirst(id)).isEmpty();
	}

	@Test
	void deletesMeasurementsAndKpisWithTheCurrentVersionOnly() throws Exception {
		long id = create(this.planId, CAC);
		long measurement = measure(id, "2026-01-01", "2026-01-31", "20");
		this.mvc.perform(delete(kpis(this.planId) + "/" + id + "/measurements/" + measurement).with(planner()))
			.andExpect(status().isNoContent());
		measure(id, "2026-02-01", "2026-02-28", "19");
		this.mvc.perform(delete(kpis(this.planId) + "/" + id + "?version=4").with(planner()))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(kpis(this.planId) + "/" + id + "?version=0").with(planner()))
			.andExpect(status().isNoContent());
		assertThat(this.kpis.findById(id)).isEmpty();
		assertThat(this.measurements.findNewestFirst(id)).isEmpty();
	}

	private long create(long plan, String body) throws Exception {
		String response = this.mvc
			.perform(post(kpis(plan)).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(kpis(plan) + "/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	private long goal(long plan) throws Exception {
		String response = this.mvc
			.perform(post(goals(plan)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(GoalApiTest.goal("Convert better", "CNV", "SHORT", null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	private long measure(long kpiId, String start, String end, String value) throws Exception {
		long plan = this.kpis.findById(kpiId).orElseThrow().getPlan().getId();
		String response = this.mvc
			.perform(post(kpis(plan) + "/" + kpiId + "/measurements").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"periodStart": "%s", "periodEnd": "%s", "value": %s, "source": "back office"}
						""".formatted(start, end, value)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	static String kpis(long planId) {
		return "/api/v1/plans/" + planId + "/kpis";
	}

}
