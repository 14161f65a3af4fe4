package com.marketingplanner.spark;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parquet with the command line's columns gives the command line's answers: typed columns
 * (a timestamp, a nullable double) and text columns alike, several files, and a bad row
 * named by file and row number.
 */
class ParquetInputTest {

	private static final StructType TOUCHPOINTS = new StructType().add("user_id", DataTypes.StringType, true)
		.add("timestamp", DataTypes.TimestampType, true)
		.add("channel", DataTypes.StringType, true)
		.add("conversion_value", DataTypes.DoubleType, true);

	@TempDir
	Path dir;

	@Test
	void typedTouchpointsInSeveralParquetFilesGiveTheCommandLinesAttribution() throws Exception {
		SparkSession spark = LocalSpark.session();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			java.time.Instant time = java.time.Instant.parse("2025-03-01T00:00:00Z")
				.plusSeconds(3600L * ((i * 7919L) % 2000));
			Double value = (i % 9 == 0) ? (i % 500) / 4.0 : null;
			rows.add(RowFactory.create("u" + (i % 400), java.sql.Timestamp.from(time), "channel-" + (i % 6), value));
		}
		Path parquet = this.dir.resolve("touchpoints");
		spark.createDataFrame(rows, TOUCHPOINTS).repartition(3).write().parquet(parquet.toString());

		// the command line reads the same rows in input order: file by file, row by row
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		for (File file : parquetFiles(parquet)) {
			for (Row row : spark.read().parquet(file.toString()).collectAsList()) {
				Object value = row.get(3);
				csv.append(row.getString(0))
					.append(',')
					.append(row.getTimestamp(1).toInstant())
					.append(',')
					.append(row.getString(2))
					.append(',')
					.append((value == null) ? "" : String.format(Locale.ROOT, "%s", value))
					.append('\n');
			}
		}
		Path whole = TestFiles.write(this.dir.resolve("whole.csv"), csv.toString());

		Run spark2 = Run.spark("attribution", "--touchpoints", parquet.toString(), "--format", "parquet", "--lookback",
				"10d");
		Run cli = Run.cli("attribution", "--touchpoints", whole.toString(), "--lookback", "10d");
		assertThat(spark2.status()).as(spark2.err()).isZero();
		Credits.assertSame(spark2.out(), cli.out());
	}

	@Test
	void textColumnsWithABreakdownGiveTheCommandLinesFunnel() {
		SparkSession spark = LocalSpark.session();
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,device\n");
		String[] events = { "view", "cart", "pay", "view", "search" };
		for (int i = 0; i < 2000; i++) {
			csv.append("u")
				.append(i % 150)
				.append(",2026-01-")
				.append(String.format(Locale.ROOT, "%02d", 1 + (i * 31) % 28))
				.append("T08:00:00+08:00,")
				.append(events[(i * 13) % events.length])
				.append(',')
				.append((i % 3 == 0) ? "mobile" : "desktop")
				.append('\n');
		}
		Path events2 = TestFiles.write(this.dir.resolve("events.csv"), csv.toString());
		Path parquet = this.dir.resolve("events.parquet");
		spark.read().option("header", true).csv(events2.toString()).repartition(2).write().parquet(parquet.toString());

		String[] options = { "--steps", "view,cart,pay", "--window", "5d", "--breakdown-column", "device" };
		Run fromParquet = Run.spark(Run.args("funnel", "--events", parquet + "/*.parquet", options));
		Run cli = Run.cli(Run.args("funnel", "--events", events2.toString(), options));
		assertThat(fromParquet.status()).as(fromParquet.err()).isZero();
		assertThat(fromParquet.out()).isEqualTo(cli.out());
	}

	@Test
	void aBadParquetRowIsNamedByFileAndRowNumber() {
		SparkSession spark = LocalSpark.session();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			rows.add(RowFactory.create((i == 41) ? null : "u" + i,
					java.sql.Timestamp.from(java.time.Instant.parse("2025-03-01T00:00:00Z")), "email", null));
		}
		Path parquet = this.dir.resolve("bad.parquet");
		Dataset<Row> table = spark.createDataFrame(rows, TOUCHPOINTS).coalesce(1);
		table.write().parquet(parquet.toString());
		Path file = parquetFiles(parquet).get(0).toPath();

		Run run = Run.spark("attribution", "--touchpoints", file.toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).isEqualTo("error: " + file + ":42: empty user_id" + System.lineSeparator());

		Run missing = Run.spark("funnel", "--events", file.toString(), "--steps", "a");
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains(file + ":0: missing column 'event'");
	}

	private static List<File> parquetFiles(Path directory) {
		File[] files = directory.toFile().listFiles((parent, name) -> name.endsWith(".parquet"));
		Arrays.sort(files);
		assertThat(files).isNotEmpty();
		return List.of(files);
	}

}
