package com.marketingplanner.web.security;

import com.marketingplanner.web.api.ProblemAuthenticationEntryPoint;
import com.marketingplanner.web.membership.PlanAccessAuthorization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may do what. Every endpoint needs a signed-in user. Reading needs any role; writing
 * (POST/PUT/PATCH/DELETE) needs PLANNER; users and the channel catalog need ADMIN. A
 * person's own API tokens can be managed by any role. Roles nest: ADMIN ⊃ APPROVER ⊃
 * PLANNER ⊃ VIEWER. Requests addressed to one plan ({@code /plans/{id}/…}) are judged by
 * the person's membership of that plan ({@link PlanAccessAuthorization}, ADR 0070).
 * <ul>
 * <li>{@code /api/**}: stateless, HTTP Basic or {@code Authorization: Bearer <token>}, no
 * CSRF (no cookies), errors as {@code application/problem+json}.</li>
 * <li>pages: form login with a session, CSRF protection on.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_APPROVER
				ROLE_APPROVER > ROLE_PLANNER
				ROLE_PLANNER > ROLE_VIEWER
				""");
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
			ProblemAuthenticationEntryPoint entryPoint, PlanAccessAuthorization planAccess) throws Exception {
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
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, PlanAccessAuthorization planAccess) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health/**")
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
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/plans", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage(PlanAccessAuthorization.DENIED_PAGE))
			.httpBasic(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
