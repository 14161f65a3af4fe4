package com.marketingplanner.web.security;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class ApiTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void authenticatesWithAPersonalTokenUntilItIsRevoked() throws Exception {
		this.users.planner();
		var created = this.tokens.create("planner", "reporting tool");
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.token()))
			.andExpect(status().isOk());
		this.tokens.revoke("planner", created.record().getId());
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.token()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void storesOnlyTheHashOfAToken() {
		this.users.planner();
		var created = this.tokens.create("planner", "hash check");
		var stored = this.jdbc.sql("select token_hash from api_token where id = ?")
			.param(created.record().getId())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).isNotEqualTo(created.token()).doesNotContain(created.token());
	}

	@Test
	void aViewersTokenCannotWrite() throws Exception {
		this.users.viewer();
		var created = this.tokens.create("viewer", "read-only tool");
		this.mvc
			.perform(post("/api/v1/plans").header("Authorization", "Bearer " + created.token())
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void rejectsAnUnknownToken() throws Exception {
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer mp_not-a-real-token"))
			.andExpect(status().isUnauthorized());
	}

}
