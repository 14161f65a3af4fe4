package com.marketingplanner.spark.input;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.AccumulatorV2;

/**
 * Keeps the first bad row (in input order) that the executors met while reading. Rows are
 * checked where they are read; a bad row is left out and reported here instead of failing
 * the task, so the driver can report exactly the row the command line would have reported
 * (the first one of the input) and print no result. Keeping the minimum is idempotent, so
 * a task that Spark runs again adds nothing wrong.
 */
public final class FirstInputError extends AccumulatorV2<InputError, InputError> {

	private static final long serialVersionUID = 1L;

	private InputError first;

	/** A new accumulator, registered with the session's context. */
	public static FirstInputError register(SparkSession spark) {
		FirstInputError accumulator = new FirstInputError();
		spark.sparkContext().register(accumulator, "first input error");
		return accumulator;
	}

	@Override
	public boolean isZero() {
		return this.first == null;
	}

	@Override
	public FirstInputError copy() {
		FirstInputError copy = new FirstInputError();
		copy.first = this.first;
		return copy;
	}

	@Override
	public void reset() {
		this.first = null;
	}

	@Override
	public void add(InputError error) {
		this.first = error.first(this.first);
	}

	@Override
	public void merge(AccumulatorV2<InputError, InputError> other) {
		if (other.value() != null) {
			add(other.value());
		}
	}

	/** The first bad row, or {@code null}. */
	@Override
	public InputError value() {
		return this.first;
	}

}
