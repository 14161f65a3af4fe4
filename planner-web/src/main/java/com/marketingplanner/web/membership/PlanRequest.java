package com.marketingplanner.web.membership;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.NumberUtils;
import org.springframework.web.util.UriUtils;

/**
 * A request addressed to one plan: {@code /plans/{id}…} (pages) or
 * {@code /api/v1/plans/{id}…} (REST), with what the request wants to do to it. The id is
 * read as Spring MVC binds it, so the plan checked here is the plan the controller gets.
 *
 * @param planId the plan
 * @param rest the path after the plan's id ({@code ""}, {@code /status},
 * {@code /goals/5/edit}, …)
 * @param method the HTTP method
 */
record PlanRequest(long planId, String rest, String method) {

	private static final Pattern PLAN_PATH = Pattern.compile("^(?:/api/v1)?/plans/([^/]+)(/.*)?$");

	private static final Pattern CAMPAIGN_STATUS = Pattern.compile("^/campaigns/[^/]+/status$");

	/**
	 * The plan request, or empty when the path names no plan (a list, {@code new}, …).
	 */
	static Optional<PlanRequest> of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = PLAN_PATH.matcher(path);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return planId(UriUtils.decode(matcher.group(1), StandardCharsets.UTF_8)).map((id) -> new PlanRequest(id,
				(matcher.group(2) != null) ? matcher.group(2) : "", request.getMethod().toUpperCase(Locale.ROOT)));
	}

	private static Optional<Long> planId(String segment) {
		try {
			return Optional.of(NumberUtils.parseNumber(segment, Long.class));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** What the request needs (ADR 0070). */
	PlanAction action() {
		boolean read = this.method.equals("GET") || this.method.equals("HEAD") || this.method.equals("OPTIONS");
		if (read) {
			return (this.rest.endsWith("/edit") || this.rest.endsWith("/new")) ? PlanAction.EDIT : PlanAction.READ;
		}
		if (this.rest.equals("/status") || CAMPAIGN_STATUS.matcher(this.rest).matches()) {
			return PlanAction.MOVE;
		}
		if (this.rest.startsWith("/comments")) {
			return PlanAction.COMMENT;
		}
		if (this.rest.startsWith("/members") || this.rest.equals("/owner") || this.rest.equals("/visibility")
				|| this.rest.equals("/delete") || (this.rest.isEmpty() && this.method.equals("DELETE"))) {
			return PlanAction.MANAGE;
		}
		return PlanAction.EDIT;
	}

}
