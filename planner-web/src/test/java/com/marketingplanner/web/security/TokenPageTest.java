package com.marketingplanner.web.security;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class TokenPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Test
	void aViewerCreatesATokenOnThePageAndSeesItOnlyOnce() throws Exception {
		this.users.viewer();
		var created = this.mvc.perform(
				post("/account/tokens").with(user("viewer").roles("VIEWER")).with(csrf()).param("name", "dashboard"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("mp_");
		this.mvc.perform(get("/account/tokens").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dashboard")))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void refusesATokenWithoutAName() throws Exception {
		this.users.viewer();
		int before = this.tokens.of("viewer").size();
		this.mvc.perform(post("/account/tokens").with(user("viewer").roles("VIEWER")).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(flash().attributeCount(0));
		assertThat(this.tokens.of("viewer")).hasSize(before);
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() throws Exception {
		this.users.planner();
		this.users.viewer();
		long plannersToken = this.tokens.create("planner", "planner tool").record().getId();
		this.mvc
			.perform(post("/account/tokens/" + plannersToken + "/revoke").with(user("viewer").roles("VIEWER"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.tokens.of("planner")).anyMatch((token) -> token.getId() == plannersToken && token.isActive());
	}

}
