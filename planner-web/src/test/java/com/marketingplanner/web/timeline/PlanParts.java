package com.marketingplanner.web.timeline;

import com.marketingplanner.web.support.TestUsers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test data for the timeline, risk and campaign web tests: plans made through the API,
 * KPIs and budget lines (other features' tables) written as rows. A bean of every
 * {@code @PlannerWebTest} context: inject it.
 */
public final class PlanParts {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	public PlanParts(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** A new draft plan for 2026, owned by the planner; its id. */
	public long plan() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "2026 電商營銷方案", "currency": "CNY", "language": "ZH",
						 "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}
						"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	public long kpi(long planId, String name) {
		return this.jdbc
			.sql("insert into kpi (plan_id, name, direction, target_type, target) "
					+ "values (:planId, :name, 'HIGHER_IS_BETTER', 'AT_LEAST', 1) returning id")
			.param("planId", planId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public long budgetLine(long planId, String name) {
		return this.jdbc.sql("insert into budget_line (plan_id, name) values (:planId, :name) returning id")
			.param("planId", planId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public long count(String table, long planId) {
		return this.jdbc.sql("select count(*) from " + table + " where plan_id = :planId")
			.param("planId", planId)
			.query(Long.class)
			.single();
	}

	/** The id in a JSON response body. */
	public long id(String body) {
		return this.json.readTree(body).get("id").asLong();
	}

}
