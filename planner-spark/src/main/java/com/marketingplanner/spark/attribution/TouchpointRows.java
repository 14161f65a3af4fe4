package com.marketingplanner.spark.attribution;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;
import com.marketingplanner.spark.input.Layout;
import com.marketingplanner.spark.job.UserJob;

/**
 * Touchpoints as rows of the job: {@code user_id, time} (epoch milliseconds),
 * {@code channel, value} (the conversion value, NaN for a plain touch) and the touch's
 * place in the input ({@code file, position}), which orders touches of a user at the same
 * time as the command line orders them: in input order. Read from CSV or Parquet by
 * {@link TouchpointCsvReader.Columns}, the command line's rule.
 */
final class TouchpointRows {

	static final StructType SCHEMA = new StructType().add("user_id", DataTypes.StringType, false)
		.add("time", DataTypes.LongType, false)
		.add("channel", DataTypes.StringType, false)
		.add("value", DataTypes.DoubleType, false)
		.add("file", DataTypes.IntegerType, false)
		.add("position", DataTypes.LongType, false);

	/** The order of a user's touches. */
	static final String[] ORDER = { "time", "file", "position" };

	static final Layout<TouchpointCsvReader.Columns> LAYOUT = new Layout<>(TouchpointCsvReader.Columns::of,
			List.of("user_id", "timestamp", "channel", "conversion_value"),
			new TouchpointCsvReader.Columns(0, 1, 2, 3));

	static final UserJob.Rows<TouchpointCsvReader.Columns> ROWS = new UserJob.Rows<>(LAYOUT, SCHEMA, ORDER);

	private TouchpointRows() {
	}

	static Row read(TouchpointCsvReader.Columns columns, CsvReader.Row row, int file, long position) {
		Row[] read = new Row[1];
		columns.read(row, (user, millis, channel,
				value) -> read[0] = RowFactory.create(user, millis, channel, value, file, position));
		return read[0];
	}

}
