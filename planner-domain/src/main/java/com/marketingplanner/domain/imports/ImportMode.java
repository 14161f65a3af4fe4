package com.marketingplanner.domain.imports;

/**
 * How an import treats rows already stored. {@code APPEND} stores the file's rows that
 * are not stored yet (a row with the same key is skipped: importing a file twice stores
 * nothing new). {@code REPLACE} first deletes the stored rows of the replaced period (the
 * file's own days, or {@code from..to} when given) within the file's scope, then stores
 * the file: the way to correct a period.
 */
public enum ImportMode {

	APPEND, REPLACE

}
