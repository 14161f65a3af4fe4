package com.marketingplanner.spark.input;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.spark.input.InputFiles.InputFile;

/**
 * One input of a job: its files, their format, and the rows read from them on the
 * executors by the analytics module's row rule. Bad rows do not fail the tasks; the first
 * one in input order is kept ({@link FirstInputError}) and {@link #requireNoBadRow()}
 * reports it after the job as the command line would: {@code file:line: reason}. Header
 * problems (a missing column, an empty file) and missing files are reported before any
 * job runs.
 */
public final class TableInput {

	private final SparkSession spark;

	private final InputFiles files;

	private final InputFormat format;

	private final FirstInputError errors;

	private TableInput(SparkSession spark, InputFiles files, InputFormat format) {
		this.spark = spark;
		this.files = files;
		this.format = format;
		this.errors = FirstInputError.register(spark);
	}

	/**
	 * The input named by an option's value.
	 * @param format {@code csv}, {@code parquet} or {@code null} to tell by the file
	 * names
	 * @throws CsvInputException when a file is missing or cannot be listed
	 */
	public static TableInput of(SparkSession spark, String argument, String format) {
		InputFiles files = InputFiles.resolve(argument, spark.sparkContext().hadoopConfiguration());
		return new TableInput(spark, files, InputFormat.of(format, files));
	}

	/** The option's value as given (how messages about the whole input name it). */
	public String argument() {
		return this.files.argument();
	}

	public InputFormat format() {
		return this.format;
	}

	/**
	 * The rows, read lazily on the executors by {@code rule}.
	 * @throws CsvInputException for a CSV file without a usable header, or Parquet
	 * without a wanted column
	 */
	public <C extends Serializable> JavaRDD<Row> rows(Layout<C> layout, RowRule<C> rule) {
		return (this.format == InputFormat.CSV) ? csvRows(layout, rule) : parquetRows(layout, rule);
	}

	/**
	 * Call after the job that read the rows.
	 * @throws CsvInputException naming the first bad row in input order
	 */
	public void requireNoBadRow() {
		InputError error = this.errors.value();
		if (error != null) {
			throw this.format.describe(error, this.files, this.spark.sparkContext().hadoopConfiguration());
		}
	}

	private <C extends Serializable> JavaRDD<Row> csvRows(Layout<C> layout, RowRule<C> rule) {
		Configuration conf = this.spark.sparkContext().hadoopConfiguration();
		List<C> columns = new ArrayList<>();
		for (InputFile file : this.files.files()) {
			try (CsvReader header = CsvReader.of(file.name(),
					new InputStreamReader(TextFiles.open(file, conf), StandardCharsets.UTF_8))) {
				columns.add(layout.csvHeader().apply(header));
			}
			catch (IOException ex) {
				throw new CsvInputException(file.name(), 0, "cannot read the file: " + ex.getMessage());
			}
		}
		Job job;
		try {
			job = Job.getInstance(new Configuration(conf));
			FileInputFormat.setInputPaths(job, Arrays.stream(this.files.paths()).map(Path::new).toArray(Path[]::new));
		}
		catch (IOException ex) {
			throw new CsvInputException(argument(), 0, "cannot read the file: " + ex.getMessage());
		}
		JavaSparkContext context = JavaSparkContext.fromSparkContext(this.spark.sparkContext());
		JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) context
			.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
		return lines.mapPartitionsWithInputSplit(new CsvSplitReader<>(this.files, columns, rule, this.errors), false);
	}

	private <C extends Serializable> JavaRDD<Row> parquetRows(Layout<C> layout, RowRule<C> rule) {
		Dataset<Row> table = this.spark.read().parquet(this.files.paths());
		Set<String> present = Arrays.stream(table.schema().fieldNames())
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Column> selected = new ArrayList<>();
		for (String column : layout.parquetColumns()) {
			if (!present.contains(column.toLowerCase(Locale.ROOT))) {
				throw new CsvInputException(this.files.file(0).name(), 0, "missing column '" + column
						+ "' (the Parquet schema has " + String.join(",", table.schema().fieldNames()) + ")");
			}
			selected.add(functions.col("`" + column.replace("`", "``") + "`"));
		}
		selected.add(functions.col("_metadata.file_path"));
		selected.add(functions.col("_metadata.row_index"));
		return table.select(selected.toArray(Column[]::new))
			.javaRDD()
			.mapPartitions(new ParquetRowReader<>(this.files, layout.parquetColumns().size(), layout.parquetLayout(),
					rule, this.errors));
	}

}
