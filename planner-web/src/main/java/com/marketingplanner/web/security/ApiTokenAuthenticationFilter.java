package com.marketingplanner.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.marketingplanner.web.api.ProblemAuthenticationEntryPoint;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal token>}.
 * An unknown, revoked or expired token is answered with 401 at once, a write with a
 * read-only token with 403; requests without a bearer token pass on to HTTP Basic.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokens tokens;

	private final ProblemAuthenticationEntryPoint entryPoint;

	ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemAuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var holder = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (holder.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response,
					new BadCredentialsException("Unknown, revoked or expired API token"));
			return;
		}
		if (holder.get().readOnly() && !READ_METHODS.contains(request.getMethod())) {
			SecurityContextHolder.clearContext();
			this.entryPoint.respond(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.token.read-only");
			return;
		}
		UserDetails details = DatabaseUserDetailsService.toUserDetails(holder.get().user());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
