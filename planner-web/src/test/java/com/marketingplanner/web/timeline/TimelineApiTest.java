package com.marketingplanner.web.timeline;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

@PlannerWebTest
class TimelineApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String phases() {
		return "/api/v1/plans/" + this.planId + "/phases";
	}

	private String milestones() {
		return "/api/v1/plans/" + this.planId + "/milestones";
	}

	private long create(String url, String body) throws Exception {
		return this.parts
			.id(this.mvc.perform(post(url).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	@Test
	void createsPhasesAndListsThemInDateOrder() throws Exception {
		this.mvc.perform(post(phases()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "2 平臺建設期 build", "startDate": "2026-03-01", "endDate": "2026-06-30",
				 "focus": "數據中臺, 智能營銷工具"}
				"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/phases/")))
			.andExpect(jsonPath("$.name").value("2 平臺建設期 build"))
			.andExpect(jsonPath("$.version").value(0));
		create(phases(), """
				{"name": "1 戰略準備期 prep", "startDate": "2026-01-01", "endDate": "2026-02-28"}
				""");

		this.mvc.perform(get(phases() + "?size=1").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("1 戰略準備期 prep"))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void rejectsAPhaseEndingBeforeItStartsNamingTheFieldAndWritesNothing() throws Exception {
		this.mvc.perform(post(phases()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": " ", "startDate": "2026-03-01", "endDate": "2026-02-01"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "endDate")));
		assertThat(this.parts.count("phase", this.planId)).isZero();
	}

	@Test
	void acceptsAPhaseOutsideThePlanPeriodAndReportsAWarning() throws Exception {
		long moat = create(phases(), """
				{"name": "4 生態壁壘 moat", "startDate": "2026-10-01", "endDate": "2027-12-31"}
				""");

		this.mvc
			.perform(get("/api/v1/plans/" + this.planId + "/timeline/warnings").with(viewer())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("PHASE_OUTSIDE_PLAN_PERIOD"))
			.andExpect(jsonPath("$[0].phaseId").value(moat))
			.andExpect(jsonPath("$[0].message").value(containsString("lies outside the plan period")));
	}

	@Test
	void createsMilestonesWithDependenciesAndAGateAndListsThemByDueDate() throws Exception {
		long users = this.parts.kpi(this.planId, "Users");
		long phase = create(phases(), """
				{"name": "Growth", "startDate": "2026-07-01", "endDate": "2026-12-31"}
				""");
		long live = create(milestones(), """
				{"title": "系統上線 system live", "dueDate": "2026-03-31"}
				""");
		this.mvc.perform(post(milestones()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "30萬 users", "dueDate": "2026-09-30", "phaseId": %d, "dependsOnIds": [%d],
				 "gateKpiId": %d, "gateOperator": ">=", "gateValue": 300000, "gateText": "repurchase ≥ 20%%"}
				""".formatted(phase, live, users)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.phaseId").value(phase))
			.andExpect(jsonPath("$.dependsOnIds[0]").value(live))
			.andExpect(jsonPath("$.gateKpiId").value(users))
			.andExpect(jsonPath("$.gateOperator").value(">="))
			.andExpect(jsonPath("$.gateValue").value(300000))
			.andExpect(jsonPath("$.allowedTransitions").value(hasItem("IN_PROGRESS")));

		this.mvc.perform(get(milestones()).with(viewer()))
			.andExpect(jsonPath("$.items[*].title").value(contains("系統上線 system live", "30萬 users")));
		this.mvc.perform(get(milestones() + "?phaseId=" + phase).with(viewer()))
			.andExpect(jsonPath("$.items[*].title").value(contains("30萬 users")));
	}

	@Test
	void aGateOfSeveralConditionsIsEvaluatedAndAConditionInWordsIsCheckedByAPerson() throws Exception {
		long merchants = this.parts.kpi(this.planId, "合作商家数");
		this.jdbc
			.sql("insert into kpi_measurement (kpi_id, period_start, period_end, value) "
					+ "values (:kpi, date '2026-03-01', date '2026-03-31', 1200)")
			.param("kpi", merchants)
			.update();
		long q1 = create(milestones(), """
				{"title": "按ROI选定主渠道", "dueDate": "2026-03-31", "gateMatch": "ALL", "gateConditions": [
				  {"text": "按ROI选定主渠道"},
				  {"kpiId": %d, "operator": ">=", "value": 1000, "text": "3个月内合作本地商家1000家"}]}
				""".formatted(merchants));

		this.mvc.perform(get(milestones() + "/" + q1).with(viewer()))
			.andExpect(jsonPath("$.gateState").value("OPEN"))
			.andExpect(jsonPath("$.gateConditions[*].state").value(contains("OPEN", "MET")))
			.andExpect(jsonPath("$.gateConditions[0].kpiComparison").value(false))
			.andExpect(jsonPath("$.gateKpiId").value(merchants))
			.andExpect(jsonPath("$.gateText").value("3个月内合作本地商家1000家"));
		this.mvc
			.perform(post(milestones() + "/" + q1 + "/gate/conditions/1/check").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"state": "MET", "version": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc
			.perform(post(milestones() + "/" + q1 + "/gate/conditions/0/check").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"state": "MET", "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gateState").value("MET"))
			.andExpect(jsonPath("$.gateConditions[0].checkState").value("MET"))
			.andExpect(jsonPath("$.gateConditions[0].checkedBy").isNotEmpty());
		this.mvc
			.perform(post(milestones() + "/" + q1 + "/gate/conditions/0/check").with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"state": "OPEN", "version": 1}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void namesTheGateOperatorFieldWhenTheOperatorIsUnknown() throws Exception {
		long users = this.parts.kpi(this.planId, "Users");

		this.mvc.perform(post(milestones()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "30萬 users", "dueDate": "2026-09-30", "gateKpiId": %d, "gateOperator": "==",
				 "gateValue": 300000}
				""".formatted(users)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gateOperator"));
		assertThat(this.parts.count("milestone", this.planId)).isZero();
	}

	@Test
	void rejectsADependencyCycleOnTheDependsOnField() throws Exception {
		long first = create(milestones(), """
				{"title": "First", "dueDate": "2026-03-31"}
				""");
		long second = create(milestones(), """
				{"title": "Second", "dueDate": "2026-06-30", "dependsOnIds": [%d]}
				""".formatted(first));

		this.mvc
			.perform(put(milestones() + "/" + first).with(planner())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "First", "dueDate": "2026-03-31", "dependsOnIds": [%d], "version": 0}
						""".formatted(second)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dependsOnIds"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'First' → 'Second' → 'First'")));
		this.mvc.perform(get(milestones() + "/" + first).with(viewer()))
			.andExpect(jsonPath("$.dependsOnIds").isEmpty())
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void changesAMilestoneStatusAndRefusesAStaleOrForbiddenStep() throws Exception {
		long id = create(milestones(), """
				{"title": "First month GMV", "dueDate": "2026-06-30"}
				""");
		String url = milestones() + "/" + id + "/status";

		this.mvc
			.perform(post(url).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(post(url).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"MISSED\", \"version\": 0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(url).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"IN_PROGRESS\", \"version\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void refusesAStaleMilestoneEditWithConflict() throws Exception {
		long id = create(milestones(), """
				{"title": "Launch", "dueDate": "2026-06-30"}
				""");
		String edit = """
				{"title": "%s", "dueDate": "2026-06-30", "version": 0}
				""";
		this.mvc
			.perform(put(milestones() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Launch v1")))
			.andExpect(status().isOk());
		this.mvc
			.perform(put(milestones() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Stale")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(containsString("stale-version")));
		this.mvc.perform(get(milestones() + "/" + id).with(viewer())).andExpect(jsonPath("$.title").value("Launch v1"));
	}

	@Test
	void answersNotFoundForPartsOfAnotherPlan() throws Exception {
		long otherPlan = this.parts.plan();
		long foreignPhase = create("/api/v1/plans/" + otherPlan + "/phases", """
				{"name": "Other", "startDate": "2026-01-01", "endDate": "2026-02-01"}
				""");
		long foreignMilestone = create("/api/v1/plans/" + otherPlan + "/milestones", """
				{"title": "Other", "dueDate": "2026-01-15"}
				""");

		this.mvc.perform(get(phases() + "/" + foreignPhase).with(viewer())).andExpect(status().isNotFound());
		this.mvc
			.perform(put(milestones() + "/" + foreignMilestone).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Mine\", \"dueDate\": \"2026-01-15\", \"version\": 0}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete(phases() + "/" + foreignPhase + "?version=0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/987654321/milestones").with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void letsAViewerReadButNotWrite() throws Exception {
		this.mvc.perform(get(milestones()).with(viewer())).andExpect(status().isOk());
		this.mvc.perform(post(phases()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Prep", "startDate": "2026-01-01", "endDate": "2026-02-28"}
				""")).andExpect(status().isForbidden());
		this.mvc
			.perform(post(milestones()).with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Launch\", \"dueDate\": \"2026-06-30\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.parts.count("phase", this.planId)).isZero();
		assertThat(this.parts.count("milestone", this.planId)).isZero();
	}

	@Test
	void deletesAPhaseWithTheCurrentVersionOnly() throws Exception {
		long id = create(phases(), """
				{"name": "Prep", "startDate": "2026-01-01", "endDate": "2026-02-28"}
				""");

		this.mvc.perform(delete(phases() + "/" + id + "?version=4").with(planner())).andExpect(status().isConflict());
		this.mvc.perform(delete(phases() + "/" + id + "?version=0").with(planner())).andExpect(status().isNoContent());
		assertThat(this.parts.count("phase", this.planId)).isZero();
	}

}
