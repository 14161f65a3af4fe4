package com.marketingplanner.spark.input;

import java.io.Serializable;

import org.apache.spark.sql.Row;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;

/**
 * Turns one input row into a row of the job, by the analytics module's rule for the
 * format (so that a bad row gets the command line's message), on the executors.
 *
 * @param <C> the column layout of the file ({@code TouchpointCsvReader.Columns}, …)
 */
@FunctionalInterface
public interface RowRule<C> extends Serializable {

	/**
	 * @param columns where the fields are in {@code row}
	 * @param row the fields, named by file and position for messages
	 * @param file the file's place in input order
	 * @param position the row's position in the file (byte offset or row index): with
	 * {@code file} it orders rows in input order
	 * @return the job's row, or {@code null} for a valid row the job does not need
	 * @throws CsvInputException for a bad row
	 */
	Row read(C columns, CsvReader.Row row, int file, long position);

}
