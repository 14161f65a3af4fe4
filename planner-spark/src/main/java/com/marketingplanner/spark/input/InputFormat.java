package com.marketingplanner.spark.input;

import java.io.IOException;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;

import com.marketingplanner.analytics.cli.CliUsageException;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.spark.input.InputFiles.InputFile;

/** The input formats: the command line's CSV, or Parquet with the same columns. */
public enum InputFormat {

	/** CSV with a header line, as the analytics command line reads it. */
	CSV {
		@Override
		long lineOf(InputFile file, long position, Configuration conf) {
			try {
				return LineNumbers.lineAt(file, position, conf);
			}
			catch (IOException ex) {
				return 0;
			}
		}
	},

	/** Parquet; the "line" of a row is its 1-based number in the file. */
	PARQUET {
		@Override
		long lineOf(InputFile file, long position, Configuration conf) {
			return position + 1;
		}
	};

	/**
	 * The format named by {@code --format}, or, when it is not given, Parquet when every
	 * file name ends with {@code .parquet} and CSV otherwise.
	 * @throws CliUsageException for an unknown name
	 */
	public static InputFormat of(String option, InputFiles files) {
		if (option == null) {
			return files.allEndWith(".parquet") ? PARQUET : CSV;
		}
		try {
			return valueOf(option.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException("option '--format' must be one of csv|parquet: " + option);
		}
	}

	/** The 1-based line (or row number) of a position in a file. */
	abstract long lineOf(InputFile file, long position, Configuration conf);

	/** The error as the command line reports it: {@code file:line: reason}. */
	CsvInputException describe(InputError error, InputFiles files, Configuration conf) {
		InputFile file = files.file(error.file());
		return new CsvInputException(file.name(), lineOf(file, error.position(), conf), error.reason());
	}

}
