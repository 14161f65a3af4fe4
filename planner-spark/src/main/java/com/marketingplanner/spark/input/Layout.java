package com.marketingplanner.spark.input;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

import com.marketingplanner.analytics.io.CsvReader;

/**
 * How an input format's columns are found: in a CSV file from its header, by the
 * analytics module's {@code Columns.of}; in Parquet by name, the selected columns then
 * standing in {@code parquetLayout}'s places (0, 1, 2, …).
 *
 * @param csvHeader reads the column layout from a CSV header (on the driver)
 * @param parquetColumns the columns to select from Parquet, in order
 * @param parquetLayout the layout of a selected Parquet row
 * @param <C> the column layout type
 */
public record Layout<C extends Serializable>(Function<CsvReader, C> csvHeader, List<String> parquetColumns,
		C parquetLayout) {

	public Layout {
		parquetColumns = List.copyOf(parquetColumns);
	}

}
