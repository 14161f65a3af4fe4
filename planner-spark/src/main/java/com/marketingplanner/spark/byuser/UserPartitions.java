package com.marketingplanner.spark.byuser;

import java.io.Serializable;
import java.util.Iterator;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The shape of every per-user computation of this module: rows are shuffled so that all
 * rows of a user land in one partition (hash of {@code user_id}), sorted there by user
 * and then by the given columns, turned into one partial aggregate per partition by the
 * analytics module's code ({@link UserBatches}), and the partial aggregates are merged
 * with their own merge in a tree (on the executors, then the driver). Raw rows never
 * reach the driver; only the aggregates do, one per partition and then fewer.
 */
public final class UserPartitions {

	/** Depth of the merge tree: partials are merged in √n groups on the executors. */
	private static final int MERGE_DEPTH = 2;

	private UserPartitions() {
	}

	/**
	 * @param rows the rows; the first column is {@code user_id}
	 * @param partitions how many partitions to shuffle into, or {@code null} for
	 * {@code spark.sql.shuffle.partitions} (coalesced by adaptive execution)
	 * @param order the columns after {@code user_id} that order a user's rows
	 * @param perPartition turns one partition's sorted rows into its partial aggregate
	 * @param empty the aggregate of no rows
	 * @param merge the aggregate's own merge
	 */
	public static <A extends Serializable> A aggregate(Dataset<Row> rows, Integer partitions, String[] order,
			FlatMapFunction<Iterator<Row>, A> perPartition, A empty, Function2<A, A, A> merge) {
		Column user = functions.col("user_id");
		Dataset<Row> byUser = (partitions != null) ? rows.repartition(partitions, user) : rows.repartition(user);
		Column[] sort = new Column[order.length + 1];
		sort[0] = user;
		for (int i = 0; i < order.length; i++) {
			sort[i + 1] = functions.col(order[i]);
		}
		return byUser.sortWithinPartitions(sort)
			.javaRDD()
			.mapPartitions(perPartition)
			.treeAggregate(empty, merge, merge, MERGE_DEPTH);
	}

}
