package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

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

/** The budget page: tree, totals, warnings in the reader's language, and its forms. */
@PlannerWebTest
class BudgetPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budget;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	long plan000() {
		Plan plan = this.plans.create(new PlanCommand("Plan 000", null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("280000000"), null), "planner");
		add(plan.getId(), "Tech R&D", "120000000", "tech");
		add(plan.getId(), "Channels", "80000000", "channel");
		add(plan.getId(), "Brand", "60000000", "brand");
		add(plan.getId(), "Personnel", "50000000", "hr");
		return plan.getId();
	}

	void add(long planId, String name, String amount, String... tags) {
		this.budget.addLine(planId, BudgetLineCommand.amount(null, name, new BigDecimal(amount), tags));
	}

	long lineCount(long planId) {
		return this.budget
			.list(planId, com.marketingplanner.domain.budget.BudgetLineFilter.none(), PageRequest.of(0, 50))
			.getTotalElements();
	}

	@Test
	void showsTheSplitTotalsAndTheOverAllocationWarning() throws Exception {
		long planId = plan000();

		this.mvc
			.perform(get("/plans/" + planId + "/budget").with(user("planner").roles("PLANNER"))
				.locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tech R&amp;D")))
			.andExpect(content().string(containsString("42.9%")))
			.andExpect(content().string(containsString("Over-allocated by CNY 30,000,000 (10.7%)")))
			.andExpect(content().string(containsString("id=\"line-form\"")));
	}

	@Test
	void showsTheWarningsInChineseWithYuanAmounts() throws Exception {
		long planId = plan000();

		this.mvc
			.perform(get("/plans/" + planId + "/budget").with(user("viewer").roles("VIEWER"))
				.locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超额分配 ¥3,000万（10.7%）")))
			.andExpect(content().string(not(containsString("id=\"line-form\""))));
	}

	@Test
	void addsALineThroughTheFormAndRedirectsToThePage() throws Exception {
		long planId = plan000();

		this.mvc
			.perform(post("/plans/" + planId + "/budget/lines").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("name", "Reserve")
				.param("plannedPercentage", "10")
				.param("percentageBase", "TOTAL")
				.param("channelCode", "")
				.param("tags", "reserve, Risk"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + planId + "/budget"))
			.andExpect(flash().attribute("flash", "flash.created"));
		assertThat(this.budget.tree(planId)).filteredOn((node) -> node.name().equals("Reserve"))
			.singleElement()
			.satisfies((node) -> {
				assertThat(node.tags()).containsExactly("reserve", "risk");
				assertThat(node.effectiveAmount()).isEqualByComparingTo("28000000");
			});
	}

	@Test
	void showsFormErrorsNextToTheFieldsAndWritesNothing() throws Exception {
		long planId = plan000();

		this.mvc
			.perform(post("/plans/" + planId + "/budget/lines").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.locale(java.util.Locale.ENGLISH)
				.param("name", "Half")
				.param("plannedPercentage", "50")
				.param("percentageBase", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A percentage needs the base it is a percentage of.")));
		this.mvc
			.perform(post("/plans/" + planId + "/budget/lines").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("name", "")
				.param("quarter", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		assertThat(lineCount(planId)).isEqualTo(4);
	}

	@Test
	void addsARuleAndSpendThroughTheForms() throws Exception {
		long planId = plan000();
		long techId = this.budget.tree(planId).get(0).id();

		this.mvc
			.perform(post("/plans/" + planId + "/budget/rules").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("kind", "MIN_SHARE")
				.param("scopeType", "TAG")
				.param("scopeValue", "tech")
				.param("share", "40")
				.param("base", "TOTAL"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/plans/" + planId + "/budget/spend").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("lineId", String.valueOf(techId))
				.param("spentOn", "2026-03-02")
				.param("amount", "1500000")
				.param("source", "invoice 42"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/plans/" + planId + "/budget/rules").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("kind", "CHANNEL_CAP")
				.param("scopeType", "CHANNEL")
				.param("scopeValue", "douyin")
				.param("share", "28")
				.param("base", "MARKETING"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/plans/" + planId + "/budget/rules").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("kind", "MAX_SHARE")
				.param("scopeType", "LINE")
				.param("scopeValue", String.valueOf(techId))
				.param("share", "50")
				.param("base", "TOTAL"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(get("/plans/" + planId + "/budget").with(user("planner").roles("PLANNER"))
				.locale(java.util.Locale.ENGLISH))
			.andExpect(content().string(containsString("Minimum share")))
			.andExpect(content().string(containsString("Channel: Douyin")))
			.andExpect(content().string(containsString("Budget line: Tech R&amp;D")))
			.andExpect(content().string(containsString("Passed")))
			.andExpect(content().string(containsString("invoice 42")));
	}

	@Test
	void offersThePlansPhasesByNameAndShowsTheLinesPhase() throws Exception {
		long planId = plan000();
		long phase = this.jdbc.sql(
				"insert into phase (plan_id, name, start_date, end_date) values (:plan, '平臺建設期', '2026-03-01', '2026-06-30') returning id")
			.param("plan", planId)
			.query(Long.class)
			.single();

		this.mvc
			.perform(post("/plans/" + planId + "/budget/lines").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("name", "Platform build")
				.param("plannedAmount", "1000")
				.param("phaseId", String.valueOf(phase)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/plans/" + planId + "/budget").with(user("planner").roles("PLANNER")))
			.andExpect(content().string(containsString("<option value=\"" + phase + "\">平臺建設期</option>")))
			.andExpect(content().string(containsString(" · 平臺建設期")));
	}

	@Test
	void answersNotFoundForTheEditFormOfALineOfAnotherPlan() throws Exception {
		long planId = plan000();
		long other = plan000();
		long foreign = this.budget.tree(other).get(0).id();

		this.mvc
			.perform(get("/plans/" + planId + "/budget/lines/" + foreign + "/edit")
				.with(user("planner").roles("PLANNER")))
			.andExpect(status().isNotFound());
	}

}
