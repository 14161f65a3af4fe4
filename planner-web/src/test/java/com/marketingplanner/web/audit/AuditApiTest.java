package com.marketingplanner.web.audit;

import jakarta.servlet.http.Cookie;

import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail records every change made through the API, and nothing can change it.
 */
@PlannerWebTest
class AuditApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService accounts;

	Api api;

	long planId;

	@BeforeEach
	void plan() throws Exception {
		this.users.ensureAll();
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Audited plan");
	}

	@Test
	void recordsWhoChangedWhatWithOldAndNewValue() throws Exception {
		this.api.ok(this.api.put("planner", "/api/v1/plans/" + this.planId, """
				{"title": "Audited plan 2026", "currency": "CNY", "language": "ZH",
				 "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "totalBudget": 1000000, "version": 0}
				"""));
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));

		JsonNode entries = this.api.ok(this.api.get("viewer", audit() + "?entity=plan")).get("items");

		assertThat(entries.findValuesAsString("actor")).contains("planner", "approver");
		JsonNode retitled = find(entries, "title");
		assertThat(retitled.get("oldValue").asString()).isEqualTo("Audited plan");
		assertThat(retitled.get("newValue").asString()).isEqualTo("Audited plan 2026");
		assertThat(retitled.get("actor").asString()).isEqualTo("planner");
		JsonNode approved = entries.get(0).get("field").asString().equals("status") ? entries.get(0)
				: find(entries, "status");
		assertThat(approved.get("newValue").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("actor").asString()).isEqualTo("approver");
		assertThat(entries.get(entries.size() - 1).get("action").asString()).isEqualTo("CREATED");
		assertThat(find(entries, "approved_by").get("newValue").asString()).as("people are shown by username")
			.isEqualTo("approver");
	}

	@Test
	void noEndpointWritesTheTrail() throws Exception {
		int before = this.api.ok(this.api.get("planner", audit())).get("totalItems").asInt();
		this.api.post("planner", audit(), "{}").andExpect(status().isMethodNotAllowed());
		this.api.put("admin", audit(), "{}").andExpect(status().isMethodNotAllowed());
		this.api.delete("admin", audit()).andExpect(status().isMethodNotAllowed());
		this.api.post("viewer", audit(), "{}").andExpect(status().isForbidden());
		assertThat(this.api.ok(this.api.get("planner", audit())).get("totalItems").asInt()).isEqualTo(before);
	}

	@Test
	void aChangeInASignedInBrowserSessionNamesThePersonSignedIn() throws Exception {
		// the session is kept in PostgreSQL and loaded in a transaction of its own when
		// the
		// first transaction of the request asks who acts
		MvcResult signedIn = this.mvc.perform(formLogin("/login").user("planner").password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/plans"))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");

		this.mvc
			.perform(post("/plans/" + this.planId).cookie(session)
				.with(csrf())
				.param("title", "Renamed in the browser")
				.param("currency", "CNY")
				.param("language", "ZH")
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31")
				.param("version", "0"))
			.andExpect(redirectedUrl("/plans/" + this.planId));

		JsonNode entries = this.api.ok(this.api.get("viewer", audit() + "?entity=plan")).get("items");
		assertThat(find(entries, "title").get("actor").asString()).isEqualTo("planner");
	}

	private String audit() {
		return "/api/v1/plans/" + this.planId + "/audit";
	}

	private static JsonNode find(JsonNode entries, String field) {
		for (JsonNode entry : entries) {
			if (field.equals(entry.get("field").asString(null))) {
				return entry;
			}
		}
		throw new AssertionError("no entry for field " + field + " in " + entries);
	}

}
