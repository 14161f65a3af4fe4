package com.marketingplanner.web.security;

import java.time.Clock;
import java.time.Duration;

import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.web.api.ProblemAuthenticationEntryPoint;
import com.marketingplanner.web.fault.DatabaseUnavailableFilter;
import com.marketingplanner.web.membership.PlanAccessAuthorization;
import com.marketingplanner.web.page.StaticFiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Every endpoint needs a signed-in user. Reading needs any role; writing
 * (POST/PUT/PATCH/DELETE) needs PLANNER; users and the channel catalog need ADMIN. A
 * person's own API tokens and password can be managed by any role. Roles nest: ADMIN ⊃
 * APPROVER ⊃ PLANNER ⊃ VIEWER. Requests addressed to one plan ({@code /plans/{id}/…}) are
 * judged by the person's membership of that plan ({@link PlanAccessAuthorization}, ADR
 * 0070).
 * <ul>
 * <li>{@code /api/**}: stateless, HTTP Basic or {@code Authorization: Bearer <token>}, no
 * CSRF (no cookies), errors as {@code application/problem+json}.</li>
 * <li>{@code /v3/api-docs}: the API description, for every API credential (Basic, token)
 * and for a signed-in browser (the Swagger UI).</li>
 * <li>pages: form login with a session (kept in PostgreSQL), CSRF protection on; the
 * session follows role and enabled changes on the next request
 * ({@link SessionAccountCheck}).</li>
 * </ul>
 * Sign-ins (form and Basic) are throttled per account and per address
 * ({@link LoginThrottle}). Every response carries a Content-Security-Policy (scripts only
 * from this application) and a same-origin Referrer-Policy.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * Scripts, styles, fonts and data only from the application itself (ECharts and the
	 * Swagger UI are served by it); inline scripts are refused. Inline style attributes
	 * stay allowed (templates and the Swagger UI use them; they cannot run code).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 10_000,
				Duration.ofMinutes(10), Clock.systemUTC());
	}

	@Bean
	LoginThrottle loginThrottle(@Value("${planner.login.account-failures:5}") int accountLimit,
			@Value("${planner.login.address-failures:20}") int addressLimit,
			@Value("${planner.login.window:PT15M}") Duration window,
			@Value("${planner.login.lockout:PT5M}") Duration lockout) {
		return new LoginThrottle(accountLimit, addressLimit, window, lockout, Clock.systemUTC());
	}

	@Bean
	ApiSignInProblems apiSignInProblems(ProblemAuthenticationEntryPoint problems,
			DatabaseUnavailableFilter unavailable) {
		return new ApiSignInProblems(problems, unavailable);
	}

	@Bean
	AuthenticationProvider throttledPasswordAuthentication(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_APPROVER
				ROLE_APPROVER > ROLE_PLANNER
				ROLE_PLANNER > ROLE_VIEWER
				""");
	}

	/**
	 * Styles, scripts and images, for everyone and without a session: a browser fetches
	 * several per page view, and through the page chain each of them read the session and
	 * the account from the database and wrote the session back ({@link StaticFiles}).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticFiles.PATTERNS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// each of these would open the session: to check its id, to name it in an
			// anonymous sign-in's details, to look for a saved request or a CSRF token
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * The token filter belongs to the API chains only; as a component it would also be
	 * registered as a servlet filter behind every chain, pages included.
	 */
	@Bean
	FilterRegistrationBean<ApiTokenAuthenticationFilter> tokenFilterOnlyInTheApiChains(
			ApiTokenAuthenticationFilter tokenFilter) {
		FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(tokenFilter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
			ProblemAuthenticationEntryPoint entryPoint, ApiSignInProblems signInProblems,
			PlanAccessAuthorization planAccess) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PlanAccessAuthorization.PLAN_REQUESTS)
				.access(planAccess)
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole("VIEWER")
				.requestMatchers("/api/v1/account/**")
				.hasRole("VIEWER")
				.requestMatchers("/api/v1/channels/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasRole("PLANNER"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return apiCredentials(http, tokenFilter, entryPoint, signInProblems).build();
	}

	/**
	 * The OpenAPI description: HTTP Basic, a personal token, or the browser session that
	 * opened the Swagger UI. Answers 401 problem+json without credentials (never a
	 * redirect to the login page).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentationSecurity(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
			ProblemAuthenticationEntryPoint entryPoint, ApiSignInProblems signInProblems) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("VIEWER"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
		return apiCredentials(http, tokenFilter, entryPoint, signInProblems).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AppUserRepository> users,
			PlanAccessAuthorization planAccess) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/actuator/health/**")
			.permitAll()
			.requestMatchers(PlanAccessAuthorization.DENIED_PAGE)
			.authenticated()
			.requestMatchers(PlanAccessAuthorization.PLAN_REQUESTS)
			.access(planAccess)
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/account/**")
			.hasRole("VIEWER")
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole("VIEWER")
			.requestMatchers(HttpMethod.POST, "/logout")
			.authenticated()
			.anyRequest()
			.hasRole("PLANNER"))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new SignInHandlers.Success(users))
				.failureHandler(new SignInHandlers.Failure())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage(PlanAccessAuthorization.DENIED_PAGE))
			.addFilterBefore(new SessionAccountCheck(users), AuthorizationFilter.class)
			.addFilterAfter(new ActingUserFilter(), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers)
			.httpBasic(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/**
	 * What the API and its description share: HTTP Basic or a Bearer token, no CSRF (no
	 * cookies needed), the security headers, and problem+json for 401, 403 and 429.
	 */
	private static HttpSecurity apiCredentials(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
			ProblemAuthenticationEntryPoint entryPoint, ApiSignInProblems signInProblems) throws Exception {
		return http.httpBasic((basic) -> basic.authenticationEntryPoint(signInProblems))
			.addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
			.addFilterAfter(new ActingUserFilter(), AuthorizationFilter.class)
			.csrf(AbstractHttpConfigurer::disable)
			.headers(SecurityConfiguration::headers)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInProblems)
				.accessDeniedHandler(entryPoint));
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(Customizer.withDefaults());
	}

}
