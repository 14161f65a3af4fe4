package com.marketingplanner.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.cli.AnalyticsCli;
import com.marketingplanner.spark.attribution.AttributionJob;
import com.marketingplanner.spark.funnel.FunnelJob;

/**
 * Entry point of the Spark job: {@code spark-submit planner-spark-job.jar <command>
 * [options]} on a cluster, or {@code planner-spark/bin/planner-spark-local <command>
 * [options]} on one machine. Commands {@code attribution} and {@code funnel} take the
 * analytics command line's options and print its CSV; help, errors and exit codes come
 * from the same dispatcher ({@link AnalyticsCli}): 0 success, 1 bad input
 * ({@code file:line: reason}), 2 bad command line, and {@value #JOB_FAILED} when Spark
 * itself failed (an executor lost, out of memory, …). Nothing is printed to standard
 * output unless the whole result was computed.
 */
public final class PlannerSpark {

	/** Exit code when the job failed for a reason other than its input or options. */
	public static final int JOB_FAILED = 3;

	private PlannerSpark() {
	}

	public static void main(String[] args) {
		SessionOnDemand spark = new SessionOnDemand();
		int status;
		try {
			status = run(args, System.out, System.err, spark);
		}
		finally {
			spark.stop();
		}
		System.out.flush();
		System.exit(status);
	}

	/**
	 * Runs one command with the session {@code spark} gives (asked for only once the
	 * command line is known to be good).
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Supplier<SparkSession> spark) {
		AnalyticsCli cli = new AnalyticsCli(System.getProperty("planner.spark.program", "planner-spark"),
				List.of(new AttributionJob(spark), new FunnelJob(spark)));
		try {
			return cli.execute(args, out, err);
		}
		catch (Exception ex) {
			// Spark's own failures (SparkException) are checked exceptions thrown
			// undeclared
			err.println("error: the Spark job failed: " + rootCause(ex));
			return JOB_FAILED;
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	/**
	 * The session, created on first use: the master and every setting come from
	 * {@code spark-submit} or {@code -Dspark.*} properties; without a master it runs
	 * locally on all cores.
	 */
	static final class SessionOnDemand implements Supplier<SparkSession> {

		private SparkSession session;

		@Override
		public synchronized SparkSession get() {
			if (this.session == null) {
				SparkSession.Builder builder = SparkSession.builder().appName("planner-spark");
				if (!new SparkConf().contains("spark.master")) {
					builder.master("local[*]");
				}
				this.session = builder.getOrCreate();
			}
			return this.session;
		}

		synchronized void stop() {
			if (this.session != null) {
				this.session.stop();
			}
		}

	}

}
