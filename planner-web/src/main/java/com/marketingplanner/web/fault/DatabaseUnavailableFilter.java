package com.marketingplanner.web.fault;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request that needs it is answered at once
 * ({@link AvailabilityAwareDataSource}: at most the pool's 2 s) with 503 and
 * {@code Retry-After}: the API and the API description as
 * {@code application/problem+json}, pages as a short page that says to try again. It sits
 * in front of everything else (sessions, security, Spring MVC), because each of them may
 * be the first to touch the database. Nothing is half-written: the failed request's
 * transaction never started or is rolled back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	private final JsonMapper json;

	private final DatabaseAvailability availability;

	DatabaseUnavailableFilter(MessageSource messages, JsonMapper json, DatabaseAvailability availability) {
		this.messages = messages;
		this.json = json;
		this.availability = availability;
	}

	/**
	 * The response buffer of every request: larger than any page of the product (the
	 * heaviest measured is 219 KB, the goal is under 300 KB), so a page is sent only once
	 * it is complete. When the database dies while a page is being rendered, the answer
	 * has not gone out yet and can still become a clean 503 instead of a cut-off 200.
	 * Larger downloads (exports, reports) simply flush as they fill it.
	 */
	static final int RESPONSE_BUFFER_BYTES = 256 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!response.isCommitted() && response.getBufferSize() < RESPONSE_BUFFER_BYTES) {
			response.setBufferSize(RESPONSE_BUFFER_BYTES);
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (DatabaseUnavailable.meansUnreachable(ex)) {
				// a connection broke or was refused: fail fast until the probe finds it
				// back
				this.availability.markUnreachable(ex);
			}
			if (!explains(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			respond(request, response);
		}
	}

	/**
	 * Whether the failure is the database's unavailability: it says so itself, or it came
	 * from talking to the database while the database is known to be unreachable (when
	 * the server dies under a running transaction the failure that surfaces is often the
	 * rollback's, "Connection is closed", which names no connection problem).
	 */
	public boolean explains(Throwable failure) {
		return DatabaseUnavailable.isCause(failure) || DatabaseUnavailable.isBrokenConnection(failure)
				|| (!this.availability.isReachable() && DatabaseUnavailable.isDataAccess(failure));
	}

	/** Writes the 503 answer (also used by the sign-in handlers). */
	public void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setCharacterEncoding("UTF-8");
		String detail = this.messages.getMessage("error.database-unavailable", null, LocaleContextHolder.getLocale());
		if (wantsProblemJson(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
			problem.setType(URI.create("https://marketing-planner.example/problems/database-unavailable"));
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		else {
			String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.database-unavailable.title", null,
					LocaleContextHolder.getLocale()));
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title
						+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
						+ "/css/planner.css\"></head><body><main class=\"narrow\"><h1>" + title + "</h1><p>"
						+ HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
		}
	}

	private static boolean wantsProblemJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return path.startsWith("/api/") || path.startsWith("/v3/api-docs")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
