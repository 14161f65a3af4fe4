package com.marketingplanner.web.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * REST calls as a named test user (HTTP Basic with {@link TestUsers#PASSWORD}), for tests
 * of who may do what.
 */
public final class Api {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final UserDetailsService accounts;

	public Api(MockMvc mvc, JsonMapper json, UserDetailsService accounts) {
		this.mvc = mvc;
		this.json = json;
		this.accounts = accounts;
	}

	public ResultActions get(String user, String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(as(user)));
	}

	public ResultActions post(String user, String path, String body) throws Exception {
		return this.mvc.perform(
				MockMvcRequestBuilders.post(path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	public ResultActions put(String user, String path, String body) throws Exception {
		return this.mvc.perform(
				MockMvcRequestBuilders.put(path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	public ResultActions delete(String user, String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.delete(path).with(as(user)));
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	/** The JSON body of a call that must succeed with a 2xx status. */
	public JsonNode ok(ResultActions call) throws Exception {
		String body = call.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
		return body.isEmpty() ? this.json.getNodeFactory().nullNode() : this.json.readTree(body);
	}

	/** A new draft plan for 2026 owned by {@code owner}; its id. */
	public long plan(String owner, String title) throws Exception {
		return ok(post(owner, "/api/v1/plans", """
				{"title": "%s", "currency": "CNY", "language": "ZH",
				 "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "totalBudget": 1000000}
				""".formatted(title))).get("id").asLong();
	}

	/** The plan's header as JSON (read by {@code admin}, who reads every plan). */
	public JsonNode plan(long planId) throws Exception {
		return ok(get("admin", "/api/v1/plans/" + planId));
	}

	/**
	 * Moves the plan to {@code status} as {@code user}, with the plan's current version.
	 */
	public ResultActions move(String user, long planId, String status, String comment) throws Exception {
		long version = plan(planId).get("version").asLong();
		String commentJson = (comment != null) ? ", \"comment\": " + this.json.writeValueAsString(comment) : "";
		return post(user, "/api/v1/plans/" + planId + "/status",
				"{\"status\": \"" + status + "\", \"version\": " + version + commentJson + "}");
	}

}
