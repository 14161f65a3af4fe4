package com.marketingplanner.web.budget;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Budget periods and scenarios over REST and on their page, on seeds 002 and 004. */
@PlannerWebTest
class BudgetPlanningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void comparesPlan004sTwoYearOneBudgetsAndSavesADraftScenario() throws Exception {
		long planId = fromTemplate("seed-004");
		String base = "/api/v1/plans/" + planId + "/budget";

		this.mvc.perform(get(base + "/scenarios/compare").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns.length()").value(3))
			.andExpect(jsonPath("$.columns[2].total").value(80000000.00))
			.andExpect(jsonPath("$.rows[0].name").value("营销推广"))
			.andExpect(jsonPath("$.rows[0].amounts[2]").value(56000000.00));
		this.mvc
			.perform(post(base + "/scenarios").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"方案C：6000万元\", \"total\": 60000000}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc.perform(get(base + "/periods").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].monthlyBudget").value(4166666.67))
			.andExpect(jsonPath("$[1].amount").doesNotExist());
		this.mvc
			.perform(post(base + "/periods").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("{\"name\": \"重叠\", \"startDate\": \"2024-06-01\", \"endDate\": \"2025-05-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("overlaps")));
	}

	@Test
	void showsPeriodsScenariosAndTheComparisonOnTheirPage() throws Exception {
		long planId = fromTemplate("seed-004");
		String page = "/plans/" + planId + "/budget/scenarios";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("方案B：首年8000万元（4.4节）")))
			.andExpect(content().string(containsString("Plan as it stands")))
			.andExpect(content().string(containsString("第一年")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		this.mvc
			.perform(post(page + "/periods").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "")
				.param("startDate", "2026-01-01")
				.param("endDate", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		this.mvc.perform(get("/plans/" + planId + "/budget").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString(page)));
	}

	private long fromTemplate(String code) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans/from-template").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"" + code + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode plan = this.json.readTree(body);
		return plan.get("id").asLong();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
		return httpBasic("planner", TestUsers.PASSWORD);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return httpBasic("viewer", TestUsers.PASSWORD);
	}

}
