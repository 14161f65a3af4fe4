package com.marketingplanner.spark.input;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A bad row found on an executor: the file (its place in input order), the row's position
 * in it (a byte offset in a CSV file, a row index in a Parquet file) and the reason, as
 * the analytics module's row rule put it. The first in input order is the one reported.
 */
public record InputError(int file, long position, String reason) implements Serializable {

	private static final long serialVersionUID = 1L;

	static final Comparator<InputError> INPUT_ORDER = Comparator.comparingInt(InputError::file)
		.thenComparingLong(InputError::position);

	/**
	 * The earlier of this and {@code other} in input order; {@code other} may be null.
	 */
	InputError first(InputError other) {
		return (other == null || INPUT_ORDER.compare(this, other) <= 0) ? this : other;
	}

}
