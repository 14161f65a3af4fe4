package com.marketingplanner.domain.shared;

import java.util.Arrays;

/**
 * A domain failure that a person can act on. It carries a message key (resolved by the
 * web layer in the user's language) and its arguments, plus an English default text for
 * logs and API clients that do not negotiate a language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected DomainException(String messageKey, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(this.arguments, this.arguments.length);
	}

}
