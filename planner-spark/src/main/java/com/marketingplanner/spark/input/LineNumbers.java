package com.marketingplanner.spark.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hadoop.conf.Configuration;

import com.marketingplanner.spark.input.InputFiles.InputFile;

/**
 * Turns a byte offset in a text file into its 1-based line number, counting line ends as
 * the command line's reader does ({@code \n}, {@code \r\n} or {@code \r}). Only needed
 * for a bad row, so the driver reads the file up to the row once instead of every
 * executor counting lines for every row.
 */
final class LineNumbers {

	private LineNumbers() {
	}

	static long lineAt(InputFile file, long offset, Configuration conf) throws IOException {
		try (InputStream in = new BufferedInputStream(TextFiles.open(file, conf), 1 << 16)) {
			long line = 1;
			int previous = -1;
			for (long position = 0; position < offset; position++) {
				int b = in.read();
				if (b < 0) {
					break;
				}
				if (b == '\r' || (b == '\n' && previous != '\r')) {
					line++;
				}
				previous = b;
			}
			return line;
		}
	}

}
