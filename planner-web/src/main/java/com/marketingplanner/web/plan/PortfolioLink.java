package com.marketingplanner.web.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The way back to the portfolio as the reader left it: the portfolio remembers its last
 * filters in the session, and every "← Portfolio" link ({@code ${@portfolio.link()}})
 * returns to them.
 */
@Component("portfolio")
public class PortfolioLink {

	private static final String LAST_QUERY = PortfolioLink.class.getName() + ".query";

	void remember(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			query = query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
		}
		request.getSession().setAttribute(LAST_QUERY, (query == null || query.isBlank()) ? null : query);
	}

	public String link() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			Object query = (session != null) ? session.getAttribute(LAST_QUERY) : null;
			if (query != null) {
				return "/plans?" + query;
			}
		}
		return "/plans";
	}

}
