package com.marketingplanner.domain.shared;

/**
 * A request that is well-formed but breaks a rule of the domain, e.g. a status transition
 * that is not allowed or a reference to an unknown channel (HTTP 400). Names the
 * offending field when there is one, so that pages can show the message next to it.
 */
public class BusinessRuleViolation extends DomainException {

	private final String field;

	public BusinessRuleViolation(String field, String messageKey, String defaultMessage, Object... arguments) {
		super(messageKey, defaultMessage, arguments);
		this.field = field;
	}

	/**
	 * The request field at fault, or {@code null} when the rule concerns the whole
	 * request.
	 */
	public String field() {
		return this.field;
	}

}
