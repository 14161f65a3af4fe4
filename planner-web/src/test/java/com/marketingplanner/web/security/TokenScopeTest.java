package com.marketingplanner.web.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.marketingplanner.domain.user.ApiToken;
import com.marketingplanner.domain.user.ApiTokenRepository;
import com.marketingplanner.web.security.ApiTokens.TokenCommand;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens can be limited to reading and can expire, on the page and over REST. */
@PlannerWebTest
class TokenScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ApiTokenRepository tokenRecords;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void aReadOnlyTokenOfAPlannerReadsButCannotWrite() throws Exception {
		String token = this.tokens.create("planner", new TokenCommand("dashboard", true, null)).token();
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/plans").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"x\", \"periodStart\": \"2027-01-01\", \"periodEnd\": \"2027-12-31\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("read-only")));
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		var user = this.users.planner();
		String token = "mp_expired-token-for-the-test-0000000000000";
		this.tokenRecords.save(new ApiToken(user, "old tool", ApiTokens.hash(token), token.substring(0, 10), false,
				Instant.now().minusSeconds(1)));
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		String valid = this.tokens
			.create("planner", new TokenCommand("until today", false, LocalDate.now(ZoneOffset.UTC)))
			.token();
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + valid)).andExpect(status().isOk());
	}

	@Test
	void createsListsAndRevokesTokensOverRest() throws Exception {
		String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
		String body = this.mvc
			.perform(post("/api/v1/account/tokens").with(httpBasic("viewer", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"bi export\", \"readOnly\": true, \"expiresOn\": \"" + expiry + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.record.readOnly").value(true))
			.andExpect(jsonPath("$.record.expiresAt")
				.value(containsString(LocalDate.now(ZoneOffset.UTC).plusDays(31).toString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode created = this.json.readTree(body);
		String token = created.get("token").asString();
		long id = created.get("record").get("id").asLong();
		this.mvc.perform(get("/api/v1/account/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("bi export"));
		this.mvc.perform(delete("/api/v1/account/tokens/" + id).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/account/tokens").with(httpBasic("viewer", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"past\", \"expiresOn\": \"2020-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
	}

	@Test
	void thePageCreatesAReadOnlyExpiringToken() throws Exception {
		String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
		this.mvc
			.perform(post("/account/tokens").with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("name", "weekly report")
				.param("readOnly", "true")
				.param("expiresOn", expiry))
			.andExpect(status().is3xxRedirection());
		ApiToken saved = this.tokens.of("viewer")
			.stream()
			.filter((token) -> token.getName().equals("weekly report"))
			.findFirst()
			.orElseThrow();
		assertThat(saved.isReadOnly()).isTrue();
		assertThat(saved.getExpiresAt())
			.isEqualTo(LocalDate.parse(expiry).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		this.mvc.perform(get("/account/tokens").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Read only")));
	}

}
