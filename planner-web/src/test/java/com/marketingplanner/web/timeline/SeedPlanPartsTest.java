package com.marketingplanner.web.timeline;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline, the risk register and the campaigns of every seed plan can be read
 * through the API and shown on the pages in both languages, inconsistencies included.
 */
@PlannerWebTest
class SeedPlanPartsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
	void showsTheTimelineRisksAndCampaignsOfASeedPlan(String template) throws Exception {
		long planId = new PlanParts(this.mvc, this.json, this.jdbc).id(this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"" + template + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String api = "/api/v1/plans/" + planId;
		for (String part : new String[] { "/phases", "/milestones", "/timeline/warnings", "/risks", "/risks/heat-map",
				"/campaigns" }) {
			this.mvc.perform(get(api + part).with(httpBasic("viewer", TestUsers.PASSWORD))).andExpect(status().isOk());
		}
		for (String page : new String[] { "/timeline", "/risks", "/campaigns" }) {
			for (String language : new String[] { "en", "zh_CN" }) {
				this.mvc
					.perform(
							get("/plans/" + planId + page).with(user("viewer").roles("VIEWER")).param("lang", language))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
	}

}
