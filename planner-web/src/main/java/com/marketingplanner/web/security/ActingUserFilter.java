package com.marketingplanner.web.security;

import com.marketingplanner.web.security.SignedIn;
import java.io.IOException;

import com.marketingplanner.domain.audit.ActingUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the signed-in person (session, HTTP Basic or API token) as the actor of the rest
 * of the request, the controllers and services behind it, so that every transaction they
 * begin records them in the audit trail. It runs last in each security filter chain, when
 * the sign-in is settled and the security context already loaded: the audit side never
 * has to ask the security context itself, which could load the browser session in a
 * transaction of its own while holding a connection.
 */
class ActingUserFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!SignedIn.person(authentication)) {
			chain.doFilter(request, response);
			return;
		}
		try (ActingUser.Scope acting = ActingUser.bind(authentication.getName())) {
			chain.doFilter(request, response);
		}
	}

}
