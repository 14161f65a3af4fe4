package com.marketingplanner.web.goal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.goal.GoalApiTest.planner;
import static com.marketingplanner.web.goal.GoalApiTest.viewer;
import static com.marketingplanner.web.goal.KpiApiTest.kpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goals and KPIs of the five seed plans (imported as they are, inconsistencies
 * included) are shown by the API and the pages without a single refusal.
 */
@PlannerWebTest
class SeedPlanGoalsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void showsTheGoalsAndKpisOfEverySeedPlan() throws Exception {
		for (String template : new String[] { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" }) {
			long planId = fromTemplate(template);
			long kpiCount = this.jdbc.sql("select count(*) from kpi where plan_id = ?")
				.param(planId)
				.query(Long.class)
				.single();
			this.mvc.perform(get(kpis(planId) + "?size=200").with(viewer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value((int) kpiCount));
			this.mvc.perform(get(GoalApiTest.goals(planId) + "?size=200").with(viewer())).andExpect(status().isOk());
			this.mvc.perform(get("/plans/" + planId + "/goals").with(user("viewer").roles("VIEWER")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void seedsFigureCasesAsBenchmarkKpis() throws Exception {
		long planId = fromTemplate("seed-001");
		this.mvc.perform(get(kpis(planId) + "?benchmarkCase=true").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(greaterThan(0)));
	}

	@Test
	void saysBenchmarkMissingForAMultipleOfAnIndustryAverageThePlanDoesNotState() throws Exception {
		long planId = fromTemplate("seed-002");
		Long id = this.jdbc.sql("select id from kpi where plan_id = ? and name = '品牌认知度'")
			.params(planId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into kpi_measurement (kpi_id, period_start, period_end, value) values (?, ?, ?, 1.2)")
			.params(id, java.sql.Date.valueOf("2024-06-01"), java.sql.Date.valueOf("2024-06-30"))
			.update();
		this.mvc.perform(get(kpis(planId) + "/" + id).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDEFINED"))
			.andExpect(jsonPath("$.warnings[0]").value("BENCHMARK_MISSING"));
		this.mvc
			.perform(get("/plans/" + planId + "/kpis/" + id).with(user("viewer").roles("VIEWER"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Benchmark missing")));
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
		assertThat(plan.get("id").asLong()).isPositive();
		return plan.get("id").asLong();
	}

}
