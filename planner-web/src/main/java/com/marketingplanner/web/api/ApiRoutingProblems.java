package com.marketingplanner.web.api;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under {@code /api/} that reach no controller — a method the path does not
 * allow (405, with {@code Allow}) or a path that does not exist (404) — answer
 * {@code application/problem+json} like every other API error, not the framework's
 * default JSON. {@link ApiExceptionHandler} cannot see them: it applies to REST
 * controllers, and these requests have none. Pages keep their error pages.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingProblems {

	private final MessageSource messages;

	ApiRoutingProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		Set<HttpMethod> allowed = ex.getSupportedHttpMethods();
		String list = (allowed != null) ? String.join(", ", allowed.stream().map(HttpMethod::name).sorted().toList())
				: "";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				this.messages.getMessage("error.request.method-not-allowed", new Object[] { ex.getMethod(), list },
						LocaleContextHolder.getLocale()));
		problem.setType(URI.create(ApiExceptionHandler.PROBLEM_TYPE_BASE + "method-not-allowed"));
		HttpHeaders headers = new HttpHeaders();
		if (allowed != null) {
			headers.setAllow(allowed);
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("error.request.no-such-path", new Object[] { request.getRequestURI() },
						LocaleContextHolder.getLocale()));
		problem.setType(URI.create(ApiExceptionHandler.PROBLEM_TYPE_BASE + "not-found"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
