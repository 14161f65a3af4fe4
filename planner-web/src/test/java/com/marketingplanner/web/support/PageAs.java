package com.marketingplanner.web.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Page requests by a signed-in browser session of a planner or a viewer (no password
 * round trip): {@code .with(planner())} after a static import.
 */
public final class PageAs {

	private PageAs() {
	}

	public static RequestPostProcessor planner() {
		return user("planner").roles("PLANNER");
	}

	public static RequestPostProcessor viewer() {
		return user("viewer").roles("VIEWER");
	}

}
