package com.marketingplanner.analytics.cli;

/**
 * A command line that cannot be run as given (unknown option, missing value, unknown
 * model).
 */
public class CliUsageException extends RuntimeException {

	public CliUsageException(String message) {
		super(message);
	}

}
