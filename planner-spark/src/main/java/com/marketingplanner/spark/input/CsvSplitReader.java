package com.marketingplanner.spark.input;

import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.spark.input.InputFiles.InputFile;

/**
 * Reads the lines of one split of a CSV file (a byte range; Hadoop's text input gives
 * each line with its byte offset and finishes a line that crosses the split's end) into
 * rows of the job, lazily. The line at offset 0 is the file's header, read on the driver;
 * blank lines are skipped, as the command line skips them. The first bad line ends the
 * split: later lines of the same split cannot come first in input order.
 *
 * @param <C> the column layout
 */
final class CsvSplitReader<C> implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {

	private static final long serialVersionUID = 1L;

	private final InputFiles files;

	private final List<C> columnsByFile;

	private final RowRule<C> rule;

	private final FirstInputError errors;

	CsvSplitReader(InputFiles files, List<C> columnsByFile, RowRule<C> rule, FirstInputError errors) {
		this.files = files;
		this.columnsByFile = columnsByFile;
		this.rule = rule;
		this.errors = errors;
	}

	@Override
	public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
		InputFile file = this.files.byPath(((FileSplit) split).getPath().toString());
		C columns = this.columnsByFile.get(file.index());
		return new LookAhead<>() {

			@Override
			protected Row advance() {
				while (lines.hasNext()) {
					Tuple2<LongWritable, Text> line = lines.next();
					long offset = line._1().get();
					String text = line._2().toString();
					if (offset == 0 || text.isBlank()) {
						continue;
					}
					try {
						Row row = CsvSplitReader.this.rule.read(columns, CsvReader.row(file.name(), offset, text),
								file.index(), offset);
						if (row != null) {
							return row;
						}
					}
					catch (CsvInputException ex) {
						CsvSplitReader.this.errors.add(new InputError(file.index(), offset, ex.reason()));
						return null;
					}
				}
				return null;
			}

		};
	}

}
