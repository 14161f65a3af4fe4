package com.marketingplanner.web.proof;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.security.ApiTokens;
import com.marketingplanner.web.security.ApiTokens.TokenCommand;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint needs authentication and the right role, proven by walking them all: the
 * REST operations from the OpenAPI document (which must list every REST handler), and the
 * pages from Spring MVC's handler mappings. The expected role of each operation comes
 * from the rules written here, independently of the security configuration:
 * <ul>
 * <li>administration ({@code /api/v1/admin/**}, {@code /admin/**}): ADMIN;</li>
 * <li>the caller's own account ({@code /api/v1/account/**}, {@code /account/**}): any
 * role;</li>
 * <li>reading: any role (VIEWER);</li>
 * <li>writing the channel catalog: ADMIN; writing anything else: PLANNER.</li>
 * </ul>
 * Plan membership (issue 9, collaboration) adds a rule for plan-scoped paths
 * ({@code /plans/{planId}/…}): {@link #requiredAccess} names them, so the membership
 * check joins this walk when memberships exist.
 */
@PlannerWebTest
class EndpointSecurityTest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ApiOperations operations;

	@BeforeEach
	void readTheApiDescription() throws Exception {
		this.users.ensureAll();
		String document = this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", TestUsers.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.operations = ApiOperations.parse(this.json, document);
	}

	@Test
	void theApiDescriptionListsEveryRestHandler() {
		Set<String> documented = new TreeSet<>();
		this.operations.all().forEach((operation) -> documented.add(operation.method() + " " + operation.path()));
		Set<String> handled = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.startsWith("/api/"))
				.forEach((pattern) -> info.getMethodsCondition()
					.getMethods()
					.forEach((method) -> handled.add(method.name() + " " + pattern))));
		assertThat(documented).containsAll(handled);
	}

	@Test
	void everyRestOperationRefusesAnonymousCallersAndRolesBelowItsOwn() throws Exception {
		List<String> failures = new ArrayList<>();
		String readOnlyAdminToken = this.tokens.create("admin", new TokenCommand("read-only probe", true, null))
			.token();
		for (ApiOperations.Operation operation : this.operations.all()) {
			Access access = requiredAccess(operation.method(), operation.path());
			expect(failures, operation, "anonymous", call(operation, null), 401);
			for (Role role : Role.values()) {
				int status = call(operation, httpBasic(role.name().toLowerCase(), TestUsers.PASSWORD));
				if (role.ordinal() < access.role().ordinal()) {
					expect(failures, operation, role.name(), status, 403);
				}
				else if (status == 401 || status == 403) {
					failures.add(operation + " as " + role + ": " + status + ", but the role is allowed");
				}
			}
			if (operation.isWrite()) {
				expect(failures, operation, "read-only token", call(operation, (request) -> {
					request.addHeader("Authorization", "Bearer " + readOnlyAdminToken);
					return request;
				}), 403);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyPageNeedsASignInAndTheRightRole() throws Exception {
		List<String> failures = new ArrayList<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.equals("/login") || pattern.equals("/error")
						|| pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
					continue;
				}
				Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
					.getMethods();
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
						: methods) {
					try {
						checkPage(failures, method.name(), pattern);
					}
					catch (Exception ex) {
						failures.add(method + " " + pattern + ": " + ex);
					}
				}
			}
		});
		assertThat(failures).isEmpty();
	}

	private void checkPage(List<String> failures, String method, String pattern) throws Exception {
		String path = concrete(pattern);
		int anonymous = this.mvc.perform(request(HttpMethod.valueOf(method), URI.create(path)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		String location = this.mvc.perform(request(HttpMethod.valueOf(method), URI.create(path)).with(csrf()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		if (anonymous != 302 || location == null || !location.endsWith("/login")) {
			failures.add(method + " " + pattern + " anonymous: " + anonymous + " " + location);
		}
		Access access = requiredAccess(method, pattern);
		for (Role role : Role.values()) {
			int status = this.mvc
				.perform(request(HttpMethod.valueOf(method), URI.create(path)).with(csrf())
					.with(user(role.name().toLowerCase()).roles(role.name())))
				.andReturn()
				.getResponse()
				.getStatus();
			boolean allowed = role.ordinal() >= access.role().ordinal();
			if (!allowed && status != 403) {
				failures.add(method + " " + pattern + " as " + role + ": " + status + ", expected 403");
			}
			if (allowed && status == 403) {
				failures.add(method + " " + pattern + " as " + role + ": 403, but the role is allowed");
			}
		}
	}

	/**
	 * What an endpoint needs, from the rules of this class (not from the security
	 * configuration under test).
	 */
	static Access requiredAccess(String method, String path) {
		String local = path.startsWith("/api/v1") ? path.substring("/api/v1".length()) : path;
		boolean planScoped = local.startsWith("/plans/{planId}");
		if (local.startsWith("/admin/")) {
			return new Access(Role.ADMIN, planScoped);
		}
		if (local.startsWith("/account/")) {
			return new Access(Role.VIEWER, planScoped);
		}
		if (method.equals("GET")) {
			return new Access(Role.VIEWER, planScoped);
		}
		if (local.startsWith("/channels")) {
			return new Access(Role.ADMIN, planScoped);
		}
		return new Access(Role.PLANNER, planScoped);
	}

	/**
	 * @param role the least role that may call it
	 * @param planScoped whether it belongs to one plan (and so, with plan memberships, to
	 * its members)
	 */
	record Access(Role role, boolean planScoped) {
	}

	private int call(ApiOperations.Operation operation, RequestPostProcessor credentials) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()),
				URI.create(concrete(operation.path())));
		if (operation.bodyMediaType() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (credentials != null) {
			request.with(credentials);
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static void expect(List<String> failures, ApiOperations.Operation operation, String caller, int status,
			int expected) {
		if (status != expected) {
			failures.add(operation + " as " + caller + ": " + status + ", expected " + expected);
		}
	}

	/**
	 * Path variables filled with a number (the security decision comes before the
	 * lookup).
	 */
	private static String concrete(String template) {
		Matcher matcher = PATH_VARIABLE.matcher(template);
		return matcher.replaceAll("999999999");
	}

}
