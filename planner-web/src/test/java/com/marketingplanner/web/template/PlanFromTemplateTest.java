package com.marketingplanner.web.template;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class PlanFromTemplateTest {

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
	void offersAllFiveSeedDocumentsAsTemplates() throws Exception {
		this.mvc.perform(get("/api/v1/templates").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5));
	}

	@Test
	void createsAPlanFromATemplateMovedToANewStartDate() throws Exception {
		this.mvc.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"templateCode\": \"seed-000\", \"title\": \"2027 annual plan\", \"startDate\": \"2027-01-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("2027 annual plan"))
			.andExpect(jsonPath("$.periodStart").value("2027-01-01"))
			.andExpect(jsonPath("$.periodEnd").value("2027-12-31"))
			.andExpect(jsonPath("$.totalBudget").value(280000000.0))
			.andExpect(jsonPath("$.templateCode").value("seed-000"))
			.andExpect(jsonPath("$.owner").value("planner"));
	}

	@Test
	void theOverviewOfPlan000ShowsItsBudgetConflictKpisMilestonesAndRisksAtAGlance() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"seed-000\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"id\":(\\d+).*", "$1");
		this.mvc.perform(get("/plans/" + id).with(user("planner").roles("PLANNER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Over-allocated by CNY 30,000,000 (10.7%)")))
			.andExpect(content().string(containsString("310,000,000")))
			.andExpect(content().string(containsString("智能营销平台需求文档定稿")))
			.andExpect(content().string(containsString("Not measured")));
	}

	@Test
	void rejectsAnUnknownTemplateOnItsField() throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"seed-999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("templateCode"));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void aViewerCannotCreateFromATemplate() throws Exception {
		this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("viewer", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"seed-000\"}"))
			.andExpect(status().isForbidden());
	}

}
