package com.marketingplanner.domain.template;

import java.util.Collection;

/** No plan template has the requested code. */
public class UnknownPlanTemplateException extends RuntimeException {

	private final String code;

	public UnknownPlanTemplateException(String code, Collection<String> knownCodes) {
		super("Unknown plan template '" + code + "'; known templates: " + String.join(", ", knownCodes));
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
