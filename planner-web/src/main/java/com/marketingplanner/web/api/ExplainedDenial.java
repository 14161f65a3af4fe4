package com.marketingplanner.web.api;

/**
 * An authorization decision that says why it denies, as a message key: the 403 answer
 * then tells the person what is missing instead of only that it is not allowed.
 */
public interface ExplainedDenial {

	String messageKey();

}
