package com.marketingplanner.spark.job;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import com.marketingplanner.analytics.io.CsvInputException;

/**
 * Writes one result file on any file system Hadoop knows, whole or not at all: the text
 * goes to a hidden file beside the target, which then replaces the target.
 */
public final class OutputFile {

	private OutputFile() {
	}

	/**
	 * @throws CsvInputException {@code target:0: cannot write the file: …}
	 */
	public static void write(SparkSession spark, String target, JobOptions.Content content) {
		try {
			Path path = new Path(target);
			FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
			// no hidden .crc file beside the result on the local file system
			fs.setWriteChecksum(false);
			Path parent = (path.getParent() != null) ? path.getParent() : new Path(".");
			Path partial = new Path(parent, "." + path.getName() + ".writing");
			try (Writer writer = new OutputStreamWriter(fs.create(partial, true), StandardCharsets.UTF_8)) {
				content.writeTo(writer);
			}
			if (fs.exists(path) && !fs.delete(path, false)) {
				throw new IOException("cannot replace " + target);
			}
			if (!fs.rename(partial, path)) {
				throw new IOException("cannot rename " + partial + " to " + target);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new CsvInputException(target, 0, "cannot write the file: " + ex.getMessage());
		}
	}

}
