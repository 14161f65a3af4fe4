package com.marketingplanner.domain.shared;

/** The addressed resource does not exist (HTTP 404). */
public class ResourceNotFoundException extends DomainException {

	public ResourceNotFoundException(String resource, Object id) {
		super("error.not-found", resource + " " + id + " does not exist", resource, id);
	}

}
