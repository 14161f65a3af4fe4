package com.marketingplanner.spark.input;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.marketingplanner.analytics.io.CsvInputException;

/**
 * The files one input option names: a file, a directory (its visible files, as Spark and
 * Hadoop write them: names starting with {@code _} or {@code .} are skipped), a glob, or
 * several of these separated by commas; on any file system Hadoop knows (local, HDFS, S3,
 * …). Files are numbered in the order given, each directory's and glob's files sorted by
 * name: this order is the "input order" that decides ties (two touches of a user at the
 * same time keep it, as they keep file order in the command line). Each file keeps a name
 * for messages: the argument itself when it names one file, else the path.
 */
public final class InputFiles implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String argument;

	private final List<InputFile> files;

	private final Map<String, InputFile> byPath = new HashMap<>();

	/**
	 * One input file.
	 *
	 * @param index the file's place in input order
	 * @param path the fully qualified path ({@code file:/…}, {@code hdfs://…})
	 * @param name how messages name the file
	 */
	public record InputFile(int index, String path, String name) implements Serializable {

		private static final long serialVersionUID = 1L;

		public Path hadoopPath() {
			return new Path(this.path);
		}

	}

	private InputFiles(String argument, List<InputFile> files) {
		this.argument = argument;
		this.files = List.copyOf(files);
		for (InputFile file : files) {
			this.byPath.put(file.path(), file);
		}
	}

	/**
	 * The files of an input option's value.
	 * @throws CsvInputException {@code name:0: cannot read the file: …} when a part names
	 * nothing or cannot be listed
	 */
	public static InputFiles resolve(String argument, Configuration conf) {
		List<InputFile> files = new ArrayList<>();
		for (String part : argument.split(",")) {
			String text = part.trim();
			if (text.isEmpty()) {
				continue;
			}
			try {
				Path path = new Path(text);
				FileSystem fs = path.getFileSystem(conf);
				FileStatus[] matches = fs.globStatus(path);
				if (matches == null || matches.length == 0) {
					throw new CsvInputException(text, 0, "cannot read the file: no such file or directory");
				}
				boolean single = matches.length == 1 && matches[0].isFile() && !hasGlob(text);
				for (FileStatus match : sorted(matches)) {
					if (match.isDirectory()) {
						for (FileStatus child : sorted(fs.listStatus(match.getPath()))) {
							if (child.isFile() && visible(child.getPath())) {
								files.add(new InputFile(files.size(), child.getPath().toString(),
										name(text, child.getPath(), true)));
							}
						}
					}
					else {
						files.add(new InputFile(files.size(), match.getPath().toString(),
								single ? text : name(text, match.getPath(), false)));
					}
				}
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new CsvInputException(text, 0, "cannot read the file: " + ex.getMessage());
			}
		}
		if (files.isEmpty()) {
			throw new CsvInputException(argument, 0, "cannot read the file: no input files");
		}
		return new InputFiles(argument, files);
	}

	/** The option's value as given. */
	public String argument() {
		return this.argument;
	}

	public List<InputFile> files() {
		return this.files;
	}

	public InputFile file(int index) {
		return this.files.get(index);
	}

	/** The file with this fully qualified path (as Hadoop splits and Spark name it). */
	public InputFile byPath(String path) {
		InputFile file = this.byPath.get(path);
		if (file == null) {
			file = this.byPath.get(new Path(path).toString());
		}
		if (file == null) {
			throw new IllegalStateException("a split of an unknown file: " + path);
		}
		return file;
	}

	public String[] paths() {
		return this.files.stream().map(InputFile::path).toArray(String[]::new);
	}

	/** True when every file's name ends with {@code suffix} (case-insensitive). */
	public boolean allEndWith(String suffix) {
		return this.files.stream()
			.allMatch((file) -> file.hadoopPath().getName().toLowerCase(Locale.ROOT).endsWith(suffix));
	}

	private static boolean hasGlob(String text) {
		return text.chars().anyMatch((c) -> c == '*' || c == '?' || c == '[' || c == '{');
	}

	private static boolean visible(Path path) {
		String name = path.getName();
		return !name.startsWith("_") && !name.startsWith(".");
	}

	private static List<FileStatus> sorted(FileStatus[] statuses) {
		List<FileStatus> list = new ArrayList<>(Arrays.asList(statuses));
		list.sort(Comparator.comparing((FileStatus status) -> status.getPath().toString()));
		return list;
	}

	/**
	 * A directory's file is named by the argument and the file name; a glob's by its path
	 * (without the scheme on the local file system).
	 */
	private static String name(String argument, Path path, boolean inDirectory) {
		if (inDirectory) {
			String directory = argument.endsWith("/") ? argument.substring(0, argument.length() - 1) : argument;
			return directory + "/" + path.getName();
		}
		return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
	}

}
