package com.marketingplanner.spark.job;

import java.io.Serializable;

import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.spark.byuser.UserBatches;
import com.marketingplanner.spark.byuser.UserPartitions;
import com.marketingplanner.spark.input.Layout;
import com.marketingplanner.spark.input.RowRule;
import com.marketingplanner.spark.input.TableInput;

/**
 * What every job of this module runs: read the input's rows by the analytics module's row
 * rule, group and sort them by user ({@link UserPartitions}), aggregate each partition
 * with the analytics code, merge the partials, and then — only then — report the first
 * bad row if there was one. Measured by {@link JobMetrics}.
 */
public final class UserJob {

	private UserJob() {
	}

	/**
	 * The rows of one kind of input.
	 *
	 * @param layout how the columns are found in CSV and Parquet
	 * @param schema the job's row ({@code user_id} first, the time second)
	 * @param order the columns after {@code user_id} that order a user's rows
	 */
	public record Rows<C extends Serializable>(Layout<C> layout, StructType schema, String[] order) {
	}

	/**
	 * How partitions are aggregated and merged.
	 *
	 * @param perPartition one partition's rows, user by user, to its partial aggregate
	 * @param empty the aggregate of no rows
	 * @param merge the aggregate's own merge
	 */
	public record Aggregation<A extends Serializable>(UserBatches<A> perPartition, A empty, Function2<A, A, A> merge) {
	}

	/**
	 * @param aggregate the merged aggregate of all rows
	 * @param input the input option's value, for messages about the whole input
	 * @param figures the run's cost
	 */
	public record Result<A>(A aggregate, String input, JobMetrics.Figures figures) {
	}

	/**
	 * @param input the input option's value
	 * @param format {@code csv}, {@code parquet} or {@code null}
	 * @param rule turns a checked row into the job's row, or leaves it out
	 * @param partitions partitions to group users into, or {@code null}
	 * @throws CsvInputException for a missing file, a bad header or the first bad row
	 */
	public static <C extends Serializable, A extends Serializable> Result<A> run(SparkSession session,
			String description, String input, String format, Rows<C> rows, RowRule<C> rule, Integer partitions,
			Aggregation<A> aggregation) {
		try (JobMetrics metrics = JobMetrics.start(session, description)) {
			TableInput table = TableInput.of(session, input, format);
			Dataset<Row> dataset = session.createDataFrame(table.rows(rows.layout(), rule), rows.schema());
			A aggregate = UserPartitions.aggregate(dataset, partitions, rows.order(), aggregation.perPartition(),
					aggregation.empty(), aggregation.merge());
			JobMetrics.Figures figures = metrics.finish();
			table.requireNoBadRow();
			return new Result<>(aggregate, table.argument(), figures);
		}
	}

}
