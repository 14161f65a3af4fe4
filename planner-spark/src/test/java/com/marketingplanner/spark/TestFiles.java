package com.marketingplanner.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits a CSV file into several files the way a data lake holds data: rows shuffled so
 * that every user's rows straddle files, each file with its own header and, in turn, its
 * columns in another order. Writes beside them the one file the command line reads: the
 * same rows in input order (file by file), which is the order Spark takes for ties.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/**
	 * @return the single file holding all rows in input order
	 */
	public static Path split(Path source, Path directory, int files, long seed) {
		try {
			List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
			List<String> header = List.of(lines.get(0).split(",", -1));
			List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
			Collections.shuffle(rows, new Random(seed));
			Files.createDirectories(directory);
			List<String> whole = new ArrayList<>();
			whole.add(lines.get(0));
			int from = 0;
			for (int f = 0; f < files; f++) {
				int to = (int) ((long) rows.size() * (f + 1) / files);
				List<String> chunk = rows.subList(from, to);
				int[] order = columnOrder(header.size(), f);
				List<String> out = new ArrayList<>();
				out.add(permute(header, order));
				for (String row : chunk) {
					out.add(permute(List.of(row.split(",", -1)), order));
				}
				Files.write(directory.resolve(String.format("part-%05d.csv", f)), out, StandardCharsets.UTF_8);
				whole.addAll(chunk);
				from = to;
			}
			Path single = directory.resolveSibling(directory.getFileName() + "-whole.csv");
			Files.write(single, whole, StandardCharsets.UTF_8);
			return single;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** File f rotates its columns by f places (fields hold no commas here). */
	private static int[] columnOrder(int columns, int f) {
		int[] order = new int[columns];
		for (int i = 0; i < columns; i++) {
			order[i] = (i + f) % columns;
		}
		return order;
	}

	private static String permute(List<String> fields, int[] order) {
		List<String> out = new ArrayList<>();
		for (int i : order) {
			out.add(fields.get(i));
		}
		return String.join(",", out);
	}

	public static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
