package com.marketingplanner.spark.byuser;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Turns one partition's rows, sorted by user, into one partial aggregate: rows are
 * collected into batches of whole users (about {@link #BATCH_ROWS} rows each, never
 * splitting a user), and each batch is handed to the analytics module's code and added to
 * the partition's aggregate. Batches bound the memory a partition needs, whatever its
 * size.
 *
 * @param <A> the partial aggregate
 */
public abstract class UserBatches<A extends Serializable> implements FlatMapFunction<Iterator<Row>, A> {

	private static final long serialVersionUID = 1L;

	/** Rows per batch: enough for the analytics code's speed, small beside a heap. */
	static final int BATCH_ROWS = 1 << 18;

	@Override
	public Iterator<A> call(Iterator<Row> rows) {
		Partition<A> partition = newPartition();
		int batchRows = 0;
		String user = null;
		while (rows.hasNext()) {
			Row row = rows.next();
			String rowUser = row.getString(0);
			boolean firstOfUser = !rowUser.equals(user);
			if (firstOfUser) {
				if (batchRows >= BATCH_ROWS) {
					partition.endBatch();
					batchRows = 0;
				}
				user = rowUser;
			}
			partition.add(row, firstOfUser);
			batchRows++;
		}
		if (batchRows > 0) {
			partition.endBatch();
		}
		return List.of(partition.result()).iterator();
	}

	/** The state of one partition's work. */
	protected abstract Partition<A> newPartition();

	/**
	 * One partition's work: a batch being filled and the aggregate of the batches done.
	 *
	 * @param <A> the partial aggregate
	 */
	protected interface Partition<A> {

		/** Adds a row to the batch; rows come user by user. */
		void add(Row row, boolean firstOfUser);

		/** Aggregates the batch (whole users) and starts a new one. */
		void endBatch();

		/** The aggregate of every batch. */
		A result();

	}

}
