package com.marketingplanner.web.template;

import com.marketingplanner.domain.support.PostgresTestInitializer;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start on an empty database: administrator from the environment, then the demo
 * plans.
 */
@SpringBootTest(properties = { "planner.demo.enabled=true", "planner.admin.username=chief",
		"planner.admin.password=first-start-password" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class DemoPlansTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlansFromTemplates plans;

	@Test
	void listsTheDemoPlansOfTheSeedDocumentsOnFirstStart() throws Exception {
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("chief", "first-start-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(
					jsonPath("$.items[*].templateCode").value(containsInAnyOrder("seed-000", "seed-002", "seed-004")))
			.andExpect(jsonPath("$.items[*].owner").value(containsInAnyOrder("chief", "chief", "chief")));
		// pages do not take HTTP Basic: a browser is sent to the login form
		this.mvc.perform(get("/plans").with(httpBasic("chief", "first-start-password")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void showsTheDemoPlansOnThePortfolioPage() throws Exception {
		this.mvc
			.perform(get("/plans")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("chief")
					.roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年电子商务营销方案")));
	}

	@Test
	void loadsDemoPlansOnlyIntoAnEmptyDatabase() {
		assertThat(this.plans.loadDemoPlansIntoEmptyDatabase("chief")).isZero();
	}

}
