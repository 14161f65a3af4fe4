package com.marketingplanner.web.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * REST requests signed in as one of the {@link TestUsers} with HTTP Basic, the way
 * internal tools call the API: {@code .with(planner())} after a static import.
 */
public final class ApiAs {

	private ApiAs() {
	}

	public static RequestPostProcessor planner() {
		return httpBasic("planner", TestUsers.PASSWORD);
	}

	public static RequestPostProcessor viewer() {
		return httpBasic("viewer", TestUsers.PASSWORD);
	}

}
