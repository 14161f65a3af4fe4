package com.marketingplanner.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.marketingplanner.web.api.ProblemAuthenticationEntryPoint;
import com.marketingplanner.web.fault.DatabaseUnavailableFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A failed API sign-in: 429 with {@code Retry-After} when sign-ins of the account or from
 * the address are throttled, 503 when the accounts cannot be read (database down), else
 * the plain 401 challenge.
 */
class ApiSignInProblems implements AuthenticationEntryPoint {

	private final ProblemAuthenticationEntryPoint problems;

	private final DatabaseUnavailableFilter unavailable;

	ApiSignInProblems(ProblemAuthenticationEntryPoint problems, DatabaseUnavailableFilter unavailable) {
		this.problems = problems;
		this.unavailable = unavailable;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
			this.problems.respond(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled",
					"error.login.throttled", throttled.retryAfterMinutes());
			return;
		}
		if (this.unavailable.explains(exception)) {
			this.unavailable.respond(request, response);
			return;
		}
		this.problems.commence(request, response, exception);
	}

}
