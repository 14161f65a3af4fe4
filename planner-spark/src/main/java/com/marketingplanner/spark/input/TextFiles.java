package com.marketingplanner.spark.input;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

import com.marketingplanner.spark.input.InputFiles.InputFile;

/**
 * Opens an input file on the driver as the executors read it: decompressed when its name
 * says so ({@code .gz}, {@code .bz2}, …), as Hadoop's text input does.
 */
final class TextFiles {

	private TextFiles() {
	}

	static InputStream open(InputFile file, Configuration conf) throws IOException {
		Path path = file.hadoopPath();
		InputStream in = path.getFileSystem(conf).open(path);
		CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
		return (codec != null) ? codec.createInputStream(in) : in;
	}

}
