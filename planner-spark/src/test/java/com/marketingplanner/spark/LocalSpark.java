package com.marketingplanner.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the tests (all test classes run in one JVM): two cores,
 * few shuffle partitions, and input splits of 8 KB, so that every test file of a few
 * hundred lines is read as several splits and lines cross split boundaries.
 */
public final class LocalSpark {

	/** Bytes per input split: small, so that files are split in many places. */
	public static final long SPLIT_BYTES = 8 * 1024;

	private static SparkSession session;

	private LocalSpark() {
	}

	public static synchronized SparkSession session() {
		if (session == null) {
			session = SparkSession.builder()
				.appName("planner-spark tests")
				.master("local[2]")
				.config("spark.ui.enabled", "false")
				.config("spark.driver.host", "127.0.0.1")
				.config("spark.driver.bindAddress", "127.0.0.1")
				.config("spark.sql.shuffle.partitions", "4")
				.config("spark.default.parallelism", "2")
				.config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", String.valueOf(SPLIT_BYTES))
				.config("spark.sql.files.maxPartitionBytes", String.valueOf(SPLIT_BYTES))
				.config("spark.sql.files.openCostInBytes", "0")
				.getOrCreate();
			Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
		}
		return session;
	}

}
