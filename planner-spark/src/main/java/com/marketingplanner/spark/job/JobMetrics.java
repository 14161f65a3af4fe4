package com.marketingplanner.spark.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * What one run of a job cost, from Spark's task metrics: bytes and records written to the
 * shuffle (what crosses the network on a cluster), bytes read from the input, and the
 * executors' run time. The jobs of a run are tagged with a job group; the figures are
 * read once Spark has reported the end of every job of the group.
 */
public final class JobMetrics extends SparkListener implements AutoCloseable {

	private static final long WAIT_MILLIS = 10_000;

	private final SparkContext context;

	private final String group;

	private final long start = System.nanoTime();

	private final AtomicLong shuffleBytes = new AtomicLong();

	private final AtomicLong shuffleRecords = new AtomicLong();

	private final AtomicLong inputBytes = new AtomicLong();

	private final AtomicLong runMillis = new AtomicLong();

	private final Set<Integer> endedJobs = ConcurrentHashMap.newKeySet();

	private JobMetrics(SparkContext context, String group) {
		this.context = context;
		this.group = group;
	}

	/** Starts measuring the jobs that the current thread runs from now on. */
	public static JobMetrics start(SparkSession spark, String description) {
		SparkContext context = spark.sparkContext();
		String group = "planner-spark-" + System.nanoTime();
		JobMetrics metrics = new JobMetrics(context, group);
		context.addSparkListener(metrics);
		context.setJobGroup(group, description, false);
		return metrics;
	}

	@Override
	public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
		TaskMetrics metrics = taskEnd.taskMetrics();
		if (metrics != null) {
			this.shuffleBytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
			this.shuffleRecords.addAndGet(metrics.shuffleWriteMetrics().recordsWritten());
			this.inputBytes.addAndGet(metrics.inputMetrics().bytesRead());
			this.runMillis.addAndGet(metrics.executorRunTime());
		}
	}

	@Override
	public void onJobEnd(SparkListenerJobEnd jobEnd) {
		this.endedJobs.add(jobEnd.jobId());
	}

	/** The figures of the jobs run so far, once Spark has reported their end. */
	public Figures finish() {
		long elapsed = System.nanoTime() - this.start;
		int[] jobs = this.context.statusTracker().getJobIdsForGroup(this.group);
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (!allEnded(jobs) && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return new Figures(this.shuffleBytes.get(), this.shuffleRecords.get(), this.inputBytes.get(),
				this.runMillis.get(), elapsed / 1_000_000);
	}

	/** Stops measuring (also when a job failed). */
	@Override
	public void close() {
		this.context.clearJobGroup();
		this.context.removeSparkListener(this);
	}

	private boolean allEnded(int[] jobs) {
		for (int job : jobs) {
			if (!this.endedJobs.contains(job)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param shuffleBytes bytes written to the shuffle (compressed, as sent)
	 * @param shuffleRecords rows written to the shuffle
	 * @param inputBytes bytes read from the input files
	 * @param executorMillis summed run time of all tasks
	 * @param wallMillis time from start to finish on the driver
	 */
	public record Figures(long shuffleBytes, long shuffleRecords, long inputBytes, long executorMillis,
			long wallMillis) {

		/** One line for standard error. */
		public String summary() {
			return String.format(java.util.Locale.ROOT,
					"shuffle %.1f MB in %,d rows (%.1f bytes per row), input %.1f MB, executors %.1f s, wall %.1f s",
					this.shuffleBytes / 1e6, this.shuffleRecords,
					(this.shuffleRecords == 0) ? 0.0 : (double) this.shuffleBytes / this.shuffleRecords,
					this.inputBytes / 1e6, this.executorMillis / 1e3, this.wallMillis / 1e3);
		}

	}

}
