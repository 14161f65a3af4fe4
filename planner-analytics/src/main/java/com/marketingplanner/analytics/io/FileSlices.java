package com.marketingplanner.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Cuts a text file into slices of about equal size that start at line starts, so that
 * each can be parsed on its own thread. Whether a cut is also a record boundary (it is
 * not inside a quoted field that spans lines) only the parse of the slice before it can
 * tell: a reader that splits a file checks that every slice but the last ends cleanly.
 */
public final class FileSlices {

	private FileSlices() {
	}

	/**
	 * The bounds {@code 0 = b0 < b1 < ... < bn = size} of up to {@code parts} slices,
	 * each at least {@code minBytes} long (one slice for a smaller file); every inner
	 * bound is the position after a line feed.
	 */
	public static long[] bounds(Path file, int parts, long minBytes) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			int count = (int) Math.max(1, Math.min(parts, size / Math.max(1, minBytes)));
			long[] bounds = new long[count + 1];
			int found = 1;
			ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
			for (int i = 1; i < count; i++) {
				long bound = lineStartAfter(channel, Math.max(size * i / count, bounds[found - 1] + 1), buffer);
				if (bound < 0 || bound >= size) {
					break;
				}
				bounds[found++] = bound;
			}
			bounds[found] = size;
			return java.util.Arrays.copyOf(bounds, found + 1);
		}
	}

	/** A stream of the bytes {@code [from, to)} of the file. */
	public static InputStream open(Path file, long from, long to) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		return new InputStream() {

			private long position = from;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (this.position >= to) {
					return -1;
				}
				int wanted = (int) Math.min(len, to - this.position);
				int read = channel.read(ByteBuffer.wrap(b, off, wanted), this.position);
				if (read > 0) {
					this.position += read;
				}
				return read;
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}

		};
	}

	/** The position after the first line feed at or after {@code from}, or -1. */
	private static long lineStartAfter(FileChannel channel, long from, ByteBuffer buffer) throws IOException {
		long position = from;
		while (true) {
			buffer.clear();
			int read = channel.read(buffer, position);
			if (read <= 0) {
				return -1;
			}
			for (int i = 0; i < read; i++) {
				if (buffer.get(i) == '\n') {
					return position + i + 1;
				}
			}
			position += read;
		}
	}

}
