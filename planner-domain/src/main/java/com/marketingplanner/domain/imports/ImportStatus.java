package com.marketingplanner.domain.imports;

/** Where an import job is: waiting, running, or finished with or without storing. */
public enum ImportStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public boolean isFinished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
