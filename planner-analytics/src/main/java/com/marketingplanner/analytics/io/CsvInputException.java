package com.marketingplanner.analytics.io;

/**
 * Bad input in a CSV file: names the file, the 1-based line and the reason, so that a
 * person can find and fix the offending row.
 */
public class CsvInputException extends RuntimeException {

	private final String source;

	private final long line;

	private final String reason;

	public CsvInputException(String source, long line, String reason) {
		super(source + ":" + line + ": " + reason);
		this.source = source;
		this.line = line;
		this.reason = reason;
	}

	public String source() {
		return this.source;
	}

	public long line() {
		return this.line;
	}

	public String reason() {
		return this.reason;
	}

}
