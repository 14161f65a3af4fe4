package com.marketingplanner.web.page;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The styles, scripts and images the app serves itself. They are public and need no
 * session: a browser fetches several per page view, and a session that lives in
 * PostgreSQL costs a read and a write each time it is opened. The security configuration
 * gives them a session-less chain; here Spring MVC's flash attributes (the message shown
 * after a redirect, kept in the session) are not looked for on them.
 */
@Component("flashMapManager")
public class StaticFiles extends SessionFlashMapManager {

	/** Path patterns of the static files. */
	public static final String[] PATTERNS = { "/css/**", "/js/**", "/images/**", "/favicon.ico" };

	private static final List<String> PREFIXES = List.of("/css/", "/js/", "/images/");

	/** Whether the request asks for one of the static files. */
	public static boolean isRequested(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/favicon.ico") || PREFIXES.stream().anyMatch(path::startsWith);
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		return isRequested(request) ? null : super.retrieveFlashMaps(request);
	}

}
