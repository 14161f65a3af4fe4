package com.marketingplanner.web.page;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switcher's links: the page the reader is on, with every query parameter it
 * has (filters, page number), and {@code lang} set to the chosen language. Templates:
 * {@code ${@languages.link('zh_CN')}}.
 */
@Component("languages")
public class LanguageLinks {

	public String link(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
		String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
		if (path == null) {
			path = request.getRequestURI();
			query = request.getQueryString();
		}
		return UriComponentsBuilder.fromUriString(path + ((query != null) ? "?" + query : ""))
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
