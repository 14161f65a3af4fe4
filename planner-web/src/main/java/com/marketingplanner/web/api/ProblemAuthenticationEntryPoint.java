package com.marketingplanner.web.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 (with a {@code WWW-Authenticate} challenge for Basic and Bearer) and 403 for the
 * REST API, as {@code application/problem+json}.
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	private final MessageSource messages;

	ProblemAuthenticationEntryPoint(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.addHeader("WWW-Authenticate", "Basic realm=\"Marketing Planner\"");
		response.addHeader("WWW-Authenticate", "Bearer realm=\"Marketing Planner\"");
		respond(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		respond(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
	}

	/**
	 * Writes a problem+json answer outside Spring MVC (security filters).
	 * @param type the last part of the problem type URI
	 * @param messageKey the detail's message key, resolved in the client's language
	 */
	public void respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String messageKey, Object... arguments) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
		problem.setType(URI.create(ApiExceptionHandler.PROBLEM_TYPE_BASE + type));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
