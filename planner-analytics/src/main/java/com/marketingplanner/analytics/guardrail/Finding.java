package com.marketingplanner.analytics.guardrail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One early warning. No prose: the web layer localises {@code code} with the parameters.
 *
 * @param code what was found; its Javadoc lists the parameters
 * @param severity how urgent
 * @param subject what it is about: a channel, a month ({@code 2026-03}), a KPI or a risk
 * @param recommendation what the plan's rule says to do
 * @param parameters the numbers, as plain decimal strings (no grouping, '.' as decimal
 * point), in a stable order
 */
public record Finding(FindingCode code, Severity severity, String subject, Recommendation recommendation,
		Map<String, String> parameters) {

	public Finding {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(recommendation, "recommendation");
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

}
