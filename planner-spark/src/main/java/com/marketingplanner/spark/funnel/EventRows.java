package com.marketingplanner.spark.funnel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.marketingplanner.analytics.funnel.EventCsvReader;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.spark.input.Layout;
import com.marketingplanner.spark.input.RowRule;
import com.marketingplanner.spark.job.UserJob;

/**
 * Events as rows of the job: {@code user_id, time} (epoch milliseconds), {@code event}
 * and the breakdown {@code property} (null without breakdown). Read from CSV or Parquet
 * by {@link EventCsvReader.Columns}, the command line's rule; every row is checked, but
 * only events of a funnel step are kept: the funnel ignores all others in every order
 * mode, so they need not cross the network.
 */
final class EventRows {

	static final StructType SCHEMA = new StructType().add("user_id", DataTypes.StringType, false)
		.add("time", DataTypes.LongType, false)
		.add("event", DataTypes.StringType, false)
		.add("property", DataTypes.StringType, true);

	/**
	 * The order of a user's events (the funnel sorts them itself; this keeps it cheap).
	 */
	static final String[] ORDER = { "time" };

	private EventRows() {
	}

	/** The rows of an event input; {@code breakdownColumn} may be {@code null}. */
	static UserJob.Rows<EventCsvReader.Columns> rows(String breakdownColumn) {
		return new UserJob.Rows<>(layout(breakdownColumn), SCHEMA, ORDER);
	}

	/** How the columns are found; {@code breakdownColumn} may be {@code null}. */
	private static Layout<EventCsvReader.Columns> layout(String breakdownColumn) {
		List<String> columns = new ArrayList<>(List.of("user_id", "timestamp", "event"));
		if (breakdownColumn != null) {
			columns.add(breakdownColumn);
		}
		return new Layout<>((csv) -> EventCsvReader.Columns.of(csv, breakdownColumn), columns,
				new EventCsvReader.Columns(0, 1, 2, (breakdownColumn != null) ? 3 : -1));
	}

	/** Reads every row; keeps the events of the given steps. */
	static RowRule<EventCsvReader.Columns> keeping(List<String> steps) {
		Set<String> kept = new HashSet<>(steps);
		return (columns, row, file, position) -> read(columns, row, kept);
	}

	private static Row read(EventCsvReader.Columns columns, CsvReader.Row row, Set<String> steps) {
		Row[] read = new Row[1];
		columns.read(row, (user, millis, event, property) -> {
			if (steps.contains(event)) {
				read[0] = RowFactory.create(user, millis, event, property);
			}
		});
		return read[0];
	}

}
