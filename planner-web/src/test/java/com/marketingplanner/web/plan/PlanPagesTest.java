package com.marketingplanner.web.plan;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class PlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanRepository plans;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void showsTheLoginPageToAnonymousVisitors() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("password")));
		this.mvc.perform(get("/plans")).andExpect(status().is3xxRedirection());
	}

	@Test
	void createsAPlanThroughTheFormAndRedirectsToIt() throws Exception {
		this.mvc
			.perform(post("/plans").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("title", "Form plan")
				.param("language", "EN")
				.param("currency", "CNY")
				.param("periodStart", "2027-01-01")
				.param("periodEnd", "2027-06-30")
				.param("totalBudget", "1000000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/*"))
			.andExpect(flash().attribute("flash", "flash.created"));
		this.mvc.perform(get("/plans").with(user("planner").roles("PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Form plan")));
	}

	@Test
	void showsValidationErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/plans").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "")
				.param("currency", "CNY")
				.param("periodStart", "2027-06-30")
				.param("periodEnd", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not be before the start date")))
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/plans").with(user("planner").roles("PLANNER")).param("title", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void forbidsViewersToChangeAnything() throws Exception {
		this.mvc.perform(post("/plans").with(user("viewer").roles("VIEWER")).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/plans/new\""))));
	}

	@Test
	void speaksChineseWhenAsked() throws Exception {
		this.mvc.perform(get("/plans").with(user("planner").roles("PLANNER")).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("方案组合")));
		this.mvc.perform(get("/plans").with(user("planner").roles("PLANNER")).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("新建方案")));
	}

	@Test
	void showsANotFoundPageForAMissingPlan() throws Exception {
		this.mvc.perform(get("/plans/987654321").with(user("planner").roles("PLANNER")))
			.andExpect(status().isNotFound());
	}

}
