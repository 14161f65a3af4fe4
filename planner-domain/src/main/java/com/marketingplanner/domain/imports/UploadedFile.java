package com.marketingplanner.domain.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.marketingplanner.analytics.io.CsvScanner;

/**
 * An uploaded file as stored in the work directory, opened for reading as CSV: a
 * gzip-compressed file is decompressed while read; an Excel workbook has been turned into
 * CSV (first sheet, one line per sheet row) by {@link XlsxToCsv}. Counts the stored bytes
 * read, for the progress bar.
 */
final class UploadedFile implements AutoCloseable {

	private final long size;

	private final Counting counting;

	private final CsvScanner scanner;

	UploadedFile(Path file, String name) throws IOException {
		this.size = Files.size(file);
		this.counting = new Counting(Files.newInputStream(file));
		InputStream in = new BufferedInputStream(this.counting, 1 << 16);
		if (isGzip(file)) {
			in = new GZIPInputStream(in, 1 << 16);
		}
		this.scanner = CsvScanner.of(name, in, true);
	}

	static FileFormat formatOf(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
			return zip ? FileFormat.XLSX : FileFormat.CSV;
		}
	}

	static boolean isGzip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(2);
			return head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
		}
	}

	CsvScanner scanner() {
		return this.scanner;
	}

	/** Percent of the stored file read so far. */
	int percentRead() {
		return (this.size == 0) ? 100 : (int) Math.min(100, this.counting.count * 100 / this.size);
	}

	@Override
	public void close() {
		this.scanner.close();
	}

	private static final class Counting extends FilterInputStream {

		private long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int read = super.read(b, off, len);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

	}

}
