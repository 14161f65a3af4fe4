package com.marketingplanner.domain.shared;

/**
 * The person is signed in but may not take this action on this thing, e.g. approve a plan
 * they wrote, or edit a plan they are not an editor of (HTTP 403). Nothing was changed.
 */
public class ActionNotPermittedException extends DomainException {

	public ActionNotPermittedException(String messageKey, String defaultMessage, Object... arguments) {
		super(messageKey, defaultMessage, arguments);
	}

}
