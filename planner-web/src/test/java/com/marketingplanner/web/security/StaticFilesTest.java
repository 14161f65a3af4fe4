package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Styles and scripts cost the database nothing: a signed-in browser fetching them neither
 * reads nor writes its session (which lives in PostgreSQL), while a page does.
 */
@PlannerWebTest
class StaticFilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void stylesAndScriptsAreServedWithoutTouchingTheSignedInSession() throws Exception {
		Cookie[] cookies = this.mvc
			.perform(post("/login").with(csrf()).param("username", "admin").param("password", TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/plans"))
			.andReturn()
			.getResponse()
			.getCookies();
		String sessionId = Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map((cookie) -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
		long signedInAt = lastAccess(sessionId);

		Thread.sleep(20);
		this.mvc.perform(get("/css/planner.css").cookie(cookies))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
		this.mvc.perform(get("/js/page.js").cookie(cookies)).andExpect(status().isOk());
		assertThat(lastAccess(sessionId)).isEqualTo(signedInAt);

		Thread.sleep(20);
		this.mvc.perform(get("/plans").cookie(cookies)).andExpect(status().isOk());
		assertThat(lastAccess(sessionId)).isGreaterThan(signedInAt);
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

}
