package com.marketingplanner.web.security;

import jakarta.servlet.http.Cookie;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account findings of the security review: sessions follow role and account changes,
 * sign-ins are throttled, passwords follow the policy and can be changed, the last
 * administrator stays, responses carry the security headers.
 */
@PlannerWebTest
class AccountSecurityTest {

	private static final String PASSWORD = "Spring-Festival-2027";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AppUserRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
		this.throttle.reset();
	}

	@AfterEach
	void forgetFailures() {
		this.throttle.reset();
	}

	@Test
	void aDemotedPlannerLosesPlannerRightsInTheAlreadyOpenSession() throws Exception {
		AppUser user = account("demoted.planner", Role.PLANNER);
		Session session = signIn("demoted.planner", PASSWORD);
		this.mvc.perform(session.on(newPlan())).andExpect(status().is3xxRedirection());
		changeAccount(user.getId(), Role.VIEWER, true);
		this.mvc.perform(session.on(newPlan())).andExpect(status().isForbidden());
		this.mvc.perform(session.on(get("/plans"))).andExpect(status().isOk());
	}

	@Test
	void aDisabledAccountsOpenSessionEndsOnTheNextRequest() throws Exception {
		AppUser user = account("disabled.viewer", Role.VIEWER);
		Session session = signIn("disabled.viewer", PASSWORD);
		this.mvc.perform(session.on(get("/plans"))).andExpect(status().isOk());
		changeAccount(user.getId(), Role.VIEWER, false);
		this.mvc.perform(session.on(get("/plans"))).andExpect(redirectedUrl("/login?expired"));
		changeAccount(user.getId(), Role.VIEWER, true);
		this.mvc.perform(session.on(get("/plans"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void changingThePasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		account("changes.password", Role.VIEWER);
		Session phone = signIn("changes.password", PASSWORD);
		Session laptop = signIn("changes.password", PASSWORD);
		this.mvc.perform(laptop.on(post("/account/password").with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Lantern-Festival-2028")
			.param("confirmation", "Lantern-Festival-2028"))).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(laptop.on(get("/plans"))).andExpect(status().isOk());
		this.mvc.perform(phone.on(get("/plans"))).andExpect(redirectedUrl("/login?expired"));
		signIn("changes.password", "Lantern-Festival-2028");
	}

	@Test
	void thePasswordPageShowsWhyANewPasswordIsRefused() throws Exception {
		account("weak.choice", Role.VIEWER);
		Session session = signIn("weak.choice", PASSWORD);
		this.mvc
			.perform(session.on(post("/account/password").with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "aaaaaaaaaaaaaaa")
				.param("confirmation", "aaaaaaaaaaaaaaa")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "error.password.repetitive"));
		this.mvc
			.perform(session.on(post("/account/password").with(csrf())
				.param("currentPassword", "not-my-password")
				.param("newPassword", "Lantern-Festival-2028")
				.param("confirmation", "Lantern-Festival-2028")))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "error.password.current-wrong"));
	}

	@Test
	void passwordsBeyondBcryptsSeventyTwoBytesAreA400NotA500() throws Exception {
		String thirtyChineseCharacters = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少白日依山尽黄河入海流";
		for (String password : new String[] { "Long-password-".repeat(6), thirtyChineseCharacters }) {
			this.mvc
				.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestUsers.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(newUser("too.long", password)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("72")));
			this.mvc.perform(get("/api/v1/plans").with(httpBasic("admin", password)))
				.andExpect(status().isUnauthorized());
		}
		assertThat(this.accounts.existsByUsername("too.long")).isFalse();
	}

	@Test
	void refusesWeakPasswordsForNewAccountsAndOverRest() throws Exception {
		for (String password : new String[] { "aaaaaaaaaaaa", "new.colleague-2027", "password1234" }) {
			this.mvc
				.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestUsers.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(newUser("new.colleague", password)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"));
		}
		account("rest.changer", Role.VIEWER);
		this.mvc
			.perform(put("/api/v1/account/password").with(httpBasic("rest.changer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(passwordChange(PASSWORD, "rest.changer.2028")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		this.mvc
			.perform(put("/api/v1/account/password").with(httpBasic("rest.changer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(passwordChange(PASSWORD, "Dragon-Boat-2028")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("rest.changer", "Dragon-Boat-2028")))
			.andExpect(status().isOk());
	}

	@Test
	void theOnlyEnabledAdministratorCannotBeDemotedOrDisabled() throws Exception {
		leaveOnlyTheFirstAdministrator();
		AppUser admin = this.accounts.findByUsername("admin").orElseThrow();
		for (String change : new String[] { userChange("PLANNER", true, admin.getVersion()),
				userChange("ADMIN", false, admin.getVersion()) }) {
			this.mvc
				.perform(put("/api/v1/admin/users/" + admin.getId()).with(httpBasic("admin", TestUsers.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(change))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("error.user.last-administrator"));
		}
		AppUser second = account("second.admin", Role.ADMIN);
		changeAccount(second.getId(), Role.ADMIN, true);
		this.mvc
			.perform(put("/api/v1/admin/users/" + admin.getId()).with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(userChange("PLANNER", true, admin.getVersion())))
			.andExpect(status().isOk());
		changeAccount(admin.getId(), Role.ADMIN, true);
		changeAccount(second.getId(), Role.VIEWER, true);
	}

	@Test
	void theAdministrationPageSaysWhyTheLastAdministratorStays() throws Exception {
		leaveOnlyTheFirstAdministrator();
		AppUser admin = this.accounts.findByUsername("admin").orElseThrow();
		Session session = signIn("admin", TestUsers.PASSWORD);
		MvcResult result = this.mvc
			.perform(session.on(post("/admin/users/" + admin.getId()).with(csrf())
				.param("role", "VIEWER")
				.param("enabled", "true")
				.param("version", Long.toString(admin.getVersion()))))
			.andExpect(redirectedUrl("/admin/users"))
			.andReturn();
		assertThat(result.getFlashMap().get("userError")).isEqualTo("error.user.last-administrator");
		assertThat(this.accounts.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void throttlesFormSignInsOfAnAccountWithAClearMessage() throws Exception {
		account("guessed.account", Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(
						post("/login").with(csrf()).param("username", "guessed.account").param("password", "guess" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf()).param("username", "guessed.account").param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?locked=5"));
		this.mvc.perform(get("/login?locked=5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many failed sign-ins")));
	}

	@Test
	void throttlesBasicSignInsWith429AndRetryAfter() throws Exception {
		account("basic.target", Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/plans").with(httpBasic("basic.target", "guess" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("basic.target", PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-ins")));
		this.throttle.reset();
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("basic.target", PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/login", "/api/v1/plans" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Referrer-Policy", "same-origin"));
		}
	}

	@Test
	void aSignedInSessionIsStoredInPostgresql() throws Exception {
		// the cookie's HttpOnly and SameSite=Lax are checked on a real server in
		// TwoInstancesTest
		this.mvc.perform(post("/login").with(csrf()).param("username", "viewer").param("password", TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/plans"));
		Integer stored = this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'viewer'",
				Integer.class);
		assertThat(stored).isPositive();
	}

	@Test
	void servesTheApiDescriptionToEveryApiCredentialAnd401WithoutOne() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists());
		String token = this.tokens.create("viewer", "api docs").token();
		this.mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		Session browser = signIn("viewer", TestUsers.PASSWORD);
		this.mvc.perform(browser.on(get("/v3/api-docs"))).andExpect(status().isOk());
	}

	private void leaveOnlyTheFirstAdministrator() {
		this.transactions.executeWithoutResult((status) -> this.accounts.findAll()
			.stream()
			.filter((user) -> user.getRole() == Role.ADMIN && !user.getUsername().equals("admin"))
			.forEach((user) -> user.changeRole(Role.PLANNER)));
	}

	private static String newUser(String username, String password) {
		return "{\"username\": \"%s\", \"displayName\": \"New\", \"password\": \"%s\", \"role\": \"VIEWER\"}"
			.formatted(username, password);
	}

	private static String passwordChange(String current, String next) {
		return "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\", \"confirmation\": \"%s\"}".formatted(current,
				next, next);
	}

	private static String userChange(String role, boolean enabled, long version) {
		return "{\"role\": \"%s\", \"enabled\": %s, \"version\": %d}".formatted(role, enabled, version);
	}

	private MockHttpServletRequestBuilder newPlan() {
		return post("/plans").with(csrf())
			.param("title", "Plan of a session")
			.param("language", "EN")
			.param("currency", "CNY")
			.param("periodStart", "2027-01-01")
			.param("periodEnd", "2027-12-31");
	}

	private AppUser account(String username, Role role) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts
				.save(new AppUser(username, username, this.passwordEncoder.encode(PASSWORD), role)));
	}

	private void changeAccount(long id, Role role, boolean enabled) {
		this.transactions.executeWithoutResult((status) -> {
			AppUser user = this.accounts.findById(id).orElseThrow();
			user.changeRole(role);
			if (enabled) {
				user.enable();
			}
			else {
				user.disable();
			}
		});
	}

	private Session signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/plans"))
			.andReturn();
		return new Session((MockHttpSession) result.getRequest().getSession(false), result.getResponse().getCookies());
	}

	/**
	 * A browser session: the cookie that names it (the session itself lives in
	 * PostgreSQL), and the servlet session when there is one.
	 */
	record Session(MockHttpSession session, Cookie[] cookies) {

		MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
			MockHttpServletRequestBuilder withSession = (this.session != null) ? request.session(this.session)
					: request;
			return (this.cookies.length > 0) ? withSession.cookie(this.cookies) : withSession;
		}

	}

}
