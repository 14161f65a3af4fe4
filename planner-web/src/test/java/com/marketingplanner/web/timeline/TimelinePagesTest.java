package com.marketingplanner.web.timeline;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.PageAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class TimelinePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanParts parts;

	long planId;

	String page;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
		this.page = "/plans/" + this.planId + "/timeline";
	}

	private long phaseId(String name) {
		return this.jdbc.sql("select id from phase where plan_id = :planId and name = :name")
			.param("planId", this.planId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long milestoneId(String title) {
		return this.jdbc.sql("select id from milestone where plan_id = :planId and title = :title")
			.param("planId", this.planId)
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private void addPhase(String name, String start, String end) throws Exception {
		this.mvc
			.perform(post(this.page + "/phases").with(planner())
				.with(csrf())
				.param("name", name)
				.param("startDate", start)
				.param("endDate", end)
				.param("focus", "focus of " + name))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "flash.created"));
	}

	@Test
	void addsPhasesAndMilestonesThroughTheFormsAndShowsThemInDateOrder() throws Exception {
		long users = this.parts.kpi(this.planId, "Registered users");
		addPhase("Build", "2026-03-01", "2026-06-30");
		long build = phaseId("Build");
		this.mvc
			.perform(post(this.page + "/milestones").with(planner())
				.with(csrf())
				.param("title", "Data platform")
				.param("dueDate", "2026-06-30")
				.param("phaseId", String.valueOf(build)))
			.andExpect(status().is3xxRedirection());
		long platform = milestoneId("Data platform");
		this.mvc
			.perform(post(this.page + "/milestones").with(planner())
				.with(csrf())
				.param("title", "Requirements frozen")
				.param("dueDate", "2026-03-31")
				.param("phaseId", String.valueOf(build))
				.param("dependsOnIds", String.valueOf(platform))
				.param("gateKpiId", String.valueOf(users))
				.param("gateOperator", "AT_LEAST")
				.param("gateValue", "300000"))
			.andExpect(status().is3xxRedirection());

		String html = this.mvc.perform(get(this.page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsSubsequence("Build", "Requirements frozen", "Data platform");
		assertThat(html).doesNotContain("??");
		assertThat(html).contains("Registered users ≥ 300,000");
		assertThat(html).contains("is due on 2026-03-31, before “Data platform” (due 2026-06-30)");
		assertThat(this.jdbc.sql("select count(*) from milestone_dependency where milestone_id = :id")
			.param("id", milestoneId("Requirements frozen"))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aGateOfSeveralConditionsIsEnteredInRowsShownWithItsStateAndCheckedOnThePage() throws Exception {
		long users = this.parts.kpi(this.planId, "Registered users");
		this.mvc
			.perform(post(this.page + "/milestones").with(planner())
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("title", "Q1 主渠道")
				.param("dueDate", "2026-03-31")
				.param("gateMatch", "ALL")
				.param("gateConditions[0].text", "按ROI选定主渠道")
				.param("gateConditions[1].kpiId", String.valueOf(users))
				.param("gateConditions[1].value", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("条件 2")));
		assertThat(this.parts.count("milestone", this.planId)).isZero();

		this.mvc
			.perform(post(this.page + "/milestones").with(planner())
				.with(csrf())
				.param("title", "Q1 主渠道")
				.param("dueDate", "2026-03-31")
				.param("gateMatch", "ALL")
				.param("gateConditions[0].text", "按ROI选定主渠道")
				.param("gateConditions[1].kpiId", String.valueOf(users))
				.param("gateConditions[1].operator", "AT_LEAST")
				.param("gateConditions[1].value", "1000")
				.param("gateConditions[2].text", ""))
			.andExpect(status().is3xxRedirection());
		long q1 = milestoneId("Q1 主渠道");
		String html = this.mvc.perform(get(this.page).with(planner()).header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("按ROI选定主渠道", "Registered users ≥ 1,000", "全部满足", "待定", "记录核对结果");
		assertThat(html).doesNotContain("??");

		this.mvc
			.perform(post(this.page + "/milestones/" + q1 + "/gate/conditions/0/check").with(planner())
				.with(csrf())
				.param("state", "MET")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.sql("select check_state || ' ' || checked_by from milestone_gate_condition "
					+ "where milestone_id = :id and position = 0")
			.param("id", q1)
			.query(String.class)
			.single()).isEqualTo("MET planner");

		String edit = this.mvc
			.perform(get(this.page + "/milestones/" + q1 + "/edit").with(planner()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("name=\"gateConditions[3].text\"").doesNotContain("gateConditions[4]");
	}

	@Test
	void showsTheErrorNextToTheEndDateAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(this.page + "/phases").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Prep")
				.param("startDate", "2026-03-01")
				.param("endDate", "2026-02-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not be before the start date")))
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		assertThat(this.parts.count("phase", this.planId)).isZero();
	}

	@Test
	void showsADependencyCycleNextToTheDependsOnField() throws Exception {
		this.mvc.perform(post(this.page + "/milestones").with(planner())
			.with(csrf())
			.param("title", "First")
			.param("dueDate", "2026-03-31"));
		long first = milestoneId("First");
		this.mvc.perform(post(this.page + "/milestones").with(planner())
			.with(csrf())
			.param("title", "Second")
			.param("dueDate", "2026-04-30")
			.param("dependsOnIds", String.valueOf(first)));
		long second = milestoneId("Second");

		this.mvc
			.perform(post(this.page + "/milestones/" + first).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "First")
				.param("dueDate", "2026-03-31")
				.param("status", "PLANNED")
				.param("dependsOnIds", String.valueOf(second))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These dependencies would form a cycle")));
		assertThat(this.jdbc.sql("select count(*) from milestone_dependency where milestone_id = :id")
			.param("id", first)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void changesAMilestoneStatusWithItsButton() throws Exception {
		this.mvc.perform(post(this.page + "/milestones").with(planner())
			.with(csrf())
			.param("title", "Launch")
			.param("dueDate", "2026-05-01"));
		long launch = milestoneId("Launch");

		this.mvc
			.perform(post(this.page + "/milestones/" + launch + "/status").with(planner())
				.with(csrf())
				.param("status", "DONE")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "timeline.status.changed"));
		this.mvc.perform(get(this.page).with(planner()).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get(this.page + "/milestones/" + launch + "/edit").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编辑里程碑")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc
			.perform(post(this.page + "/milestones/" + launch + "/status").with(planner())
				.with(csrf())
				.param("status", "MISSED")
				.param("version", "0"))
			.andExpect(status().isConflict());
	}

	@Test
	void opensTheEditFormOfAPhaseAndAnswersNotFoundForAPhaseOfAnotherPlan() throws Exception {
		addPhase("Prep", "2026-01-01", "2026-02-28");
		long prep = phaseId("Prep");
		this.mvc.perform(get(this.page + "/phases/" + prep + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Prep\"")));

		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/plans/" + otherPlan + "/timeline/phases/" + prep + "/edit").with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void letsViewersReadWithoutFormsAndForbidsTheirPosts() throws Exception {
		this.mvc.perform(get(this.page).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"phase-form\""))));
		this.mvc
			.perform(post(this.page + "/phases").with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("name", "Prep")
				.param("startDate", "2026-01-01")
				.param("endDate", "2026-02-28"))
			.andExpect(status().isForbidden());
		assertThat(this.parts.count("phase", this.planId)).isZero();
	}

}
