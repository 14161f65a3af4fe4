package com.marketingplanner.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads a large CSV file on several threads: the file is cut at line starts into slices
 * ({@link FileSlices}), each slice is parsed by its own reader with the byte-level
 * {@link CsvScanner} (the first slice's reader on the calling thread, the others on
 * threads of their own), and the readers are merged in file order. The result equals a
 * single pass, which runs instead when the file is small, and whenever a slice fails:
 * then the single pass either reads the file (a cut fell inside a quoted field that spans
 * lines, which makes the slice before it end in an open quote) or reports the first error
 * with its true line number.
 */
public final class SliceReading {

	private SliceReading() {
	}

	/**
	 * @param firstReader a reader for the first slice, given its scanner after the header
	 * (it reads the column layout)
	 * @param laterReader a reader for a later slice, given the first slice's reader
	 * @param readAll reads every record of a scanner into a reader
	 * @param merge the result of the readers, in file order
	 */
	public static <R, T> T read(Path file, int threads, long minSliceBytes, Function<CsvScanner, R> firstReader,
			BiFunction<R, CsvScanner, R> laterReader, BiConsumer<R, CsvScanner> readAll, Function<List<R>, T> merge) {
		long[] bounds;
		try {
			bounds = FileSlices.bounds(file, threads, minSliceBytes);
		}
		catch (IOException ex) {
			bounds = new long[] { 0 };
		}
		if (bounds.length > 2) {
			try {
				return merge.apply(inSlices(file, bounds, firstReader, laterReader, readAll));
			}
			catch (CsvInputException | UncheckedIOException ex) {
				// one pass below: the true reading, or the first error on its true line
			}
		}
		try (CsvScanner scanner = CsvScanner.open(file, false)) {
			R reader = firstReader.apply(scanner);
			readAll.accept(reader, scanner);
			return merge.apply(List.of(reader));
		}
	}

	private static <R> List<R> inSlices(Path file, long[] bounds, Function<CsvScanner, R> firstReader,
			BiFunction<R, CsvScanner, R> laterReader, BiConsumer<R, CsvScanner> readAll) {
		int slices = bounds.length - 1;
		ExecutorService pool = Executors.newFixedThreadPool(slices - 1, (task) -> {
			Thread thread = new Thread(task, "csv-slice");
			thread.setDaemon(true);
			return thread;
		});
		try (CsvScanner head = CsvScanner.of(file.toString(), open(file, 0, bounds[1]), false)) {
			R first = firstReader.apply(head);
			List<Future<R>> later = new ArrayList<>();
			for (int i = 1; i < slices; i++) {
				long from = bounds[i];
				long to = bounds[i + 1];
				later.add(pool.submit(() -> {
					try (CsvScanner scanner = head.slice(open(file, from, to))) {
						R reader = laterReader.apply(first, scanner);
						readAll.accept(reader, scanner);
						return reader;
					}
				}));
			}
			readAll.accept(first, head);
			List<R> readers = new ArrayList<>();
			readers.add(first);
			for (Future<R> slice : later) {
				readers.add(slice.get());
			}
			return readers;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + file, ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static java.io.InputStream open(Path file, long from, long to) {
		try {
			return FileSlices.open(file, from, to);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
