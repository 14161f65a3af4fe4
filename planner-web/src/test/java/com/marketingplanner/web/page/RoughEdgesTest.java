package com.marketingplanner.web.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.review.PlanLifecycle;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rough edges a new user hit (issue 7), each gone. */
@PlannerWebTest
class RoughEdgesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budget;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	Plan plan(String title) {
		Plan plan = this.plans.create(new PlanCommand(title, null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("280000000"), null), "planner");
		this.budget.addLine(plan.getId(),
				BudgetLineCommand.amount(null, "Channels", new BigDecimal("80000000"), "channel"));
		return plan;
	}

	@Test
	void aStatusChangeIsAnnouncedInWordsNotCodes() throws Exception {
		Plan plan = plan("Status words");
		MvcResult moved = this.mvc
			.perform(post("/plans/" + plan.getId() + "/status").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("status", "IN_REVIEW")
				.param("version", String.valueOf(plan.getVersion())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// the flash message travels in the session (kept in PostgreSQL): follow the
		// redirect with its cookie
		this.mvc
			.perform(get(moved.getResponse().getRedirectedUrl()).with(user("planner").roles("PLANNER"))
				.locale(Locale.SIMPLIFIED_CHINESE)
				.cookie(moved.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("方案已提交审批。")))
			.andExpect(content().string(not(containsString("IN_REVIEW。"))));
	}

	@Test
	void aClosedPlanShowsNoEditControlsAndNeitherDoesAViewer() throws Exception {
		Plan plan = plan("Closed plan");
		long version = plan.getVersion();
		for (PlanStatus next : new PlanStatus[] { PlanStatus.IN_REVIEW, PlanStatus.APPROVED, PlanStatus.ACTIVE,
				PlanStatus.CLOSED }) {
			String actor = (next == PlanStatus.APPROVED) ? this.users.approver().getUsername() : "planner";
			version = this.lifecycle.moveTo(plan.getId(), new PlanStatusCommand(next, version, null), actor)
				.getVersion();
		}
		for (String part : new String[] { "/budget", "/goals", "/timeline", "/risks", "/campaigns", "/sections" }) {
			this.mvc.perform(get("/plans/" + plan.getId() + part).with(user("planner").roles("PLANNER")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<form method=\"post\" id="))))
				.andExpect(content().string(not(containsString("data-dialog-open"))))
				.andExpect(content().string(containsString("it can be read, not edited")));
		}
		Plan open = plan("Open plan");
		this.mvc.perform(get("/plans/" + open.getId() + "/budget").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("line-form"))))
			.andExpect(content().string(not(containsString("/edit"))));
	}

	@Test
	void anAddressWithAMalformedIdIsAClearNotFoundPage() throws Exception {
		this.mvc.perform(get("/plans/abc").with(user("viewer").roles("VIEWER")).locale(Locale.ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("&#39;abc&#39; is not the number of any plan or item")));
	}

	@Test
	void idsInMessagesAreNotGroupedLikeAmounts() throws Exception {
		this.mvc
			.perform(get("/api/v1/plans/99999").with(httpBasic("viewer", TestUsers.PASSWORD))
				.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("99999")))
			.andExpect(jsonPath("$.detail").value(not(containsString("99,999"))));
	}

	@Test
	void aMethodThePathDoesNotAllowIsProblemJson() throws Exception {
		this.mvc
			.perform(patch("/api/v1/plans").with(httpBasic("planner", TestUsers.PASSWORD))
				.header("Accept-Language", "en"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("Allow"))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(jsonPath("$.detail").value(containsString("PATCH is not allowed")));
	}

	@Test
	void theLanguageSwitchKeepsThePagesQueryParameters() throws Exception {
		this.mvc.perform(get("/plans?status=DRAFT&q=plan").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans?status=DRAFT&amp;q=plan&amp;lang=zh_CN")));
	}

	@Test
	void anEmptyChannelSplitSaysSoInWords() throws Exception {
		Plan plan = plan("No channels");
		this.mvc
			.perform(get("/plans/" + plan.getId() + "/budget").with(user("viewer").roles("VIEWER"))
				.locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("No line names a channel yet")));
	}

}
