package com.marketingplanner.domain.shared;

/**
 * An edit based on a version that is no longer current (HTTP 409): somebody else saved in
 * between. Nothing is overwritten; the client reloads and edits again.
 */
public class StaleVersionException extends DomainException {

	public StaleVersionException(String resource, Object id, long expectedVersion, long currentVersion) {
		super("error.stale-version",
				resource + " " + id + " was changed by someone else (you edited version " + expectedVersion
						+ ", current version is " + currentVersion + ")",
				resource, id, expectedVersion, currentVersion);
	}

}
