package com.marketingplanner.spark.input;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.spark.input.InputFiles.InputFile;

/**
 * Reads selected Parquet rows (the wanted columns, then {@code _metadata.file_path} and
 * {@code _metadata.row_index}) into rows of the job by the same rule as CSV: each value
 * is given to the rule as the text a CSV file would hold (a timestamp in ISO-8601, a null
 * as an empty field), so checks and messages are the command line's.
 *
 * @param <C> the column layout
 */
final class ParquetRowReader<C> implements FlatMapFunction<Iterator<Row>, Row> {

	private static final long serialVersionUID = 1L;

	private final InputFiles files;

	private final int columns;

	private final C layout;

	private final RowRule<C> rule;

	private final FirstInputError errors;

	ParquetRowReader(InputFiles files, int columns, C layout, RowRule<C> rule, FirstInputError errors) {
		this.files = files;
		this.columns = columns;
		this.layout = layout;
		this.rule = rule;
		this.errors = errors;
	}

	@Override
	public Iterator<Row> call(Iterator<Row> rows) {
		return new LookAhead<>() {

			private String lastPath;

			private InputFile lastFile;

			@Override
			protected Row advance() {
				while (rows.hasNext()) {
					Row row = rows.next();
					String path = row.getString(ParquetRowReader.this.columns);
					if (!path.equals(this.lastPath)) {
						this.lastPath = path;
						this.lastFile = ParquetRowReader.this.files.byPath(qualified(path));
					}
					long index = row.getLong(ParquetRowReader.this.columns + 1);
					List<String> fields = new ArrayList<>(ParquetRowReader.this.columns);
					for (int i = 0; i < ParquetRowReader.this.columns; i++) {
						fields.add(text(row.get(i)));
					}
					try {
						Row read = ParquetRowReader.this.rule.read(ParquetRowReader.this.layout,
								new CsvReader.Row(this.lastFile.name(), index + 1, fields), this.lastFile.index(),
								index);
						if (read != null) {
							return read;
						}
					}
					catch (CsvInputException ex) {
						// not the end: rows of several files may share a partition, in
						// any order
						ParquetRowReader.this.errors.add(new InputError(this.lastFile.index(), index, ex.reason()));
					}
				}
				return null;
			}

		};
	}

	/** Spark names the file by a URL-encoded URI; the file list by a Hadoop path. */
	static String qualified(String filePath) {
		return new Path(URI.create(filePath)).toString();
	}

	/**
	 * The value as a CSV field would hold it: timestamps ({@code java.time}) in ISO-8601,
	 * decimals in plain notation, null as an empty field.
	 */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString();
	}

}
