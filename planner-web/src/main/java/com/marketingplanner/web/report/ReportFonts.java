package com.marketingplanner.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts the PDF report is set in, shipped with the application
 * ({@code fonts/NotoSansSC-*.ttf}, SIL Open Font License, see {@code fonts/README.md}):
 * never fonts installed on the server. They are copied once from the class path to a
 * private temporary directory, because PDFBox and the SVG renderer read a font file
 * lazily (only the tables and glyphs a report uses) while a stream would be read whole
 * for every report.
 */
@Component
class ReportFonts {

	/** The CSS font family of every text in the report, charts included. */
	static final String FAMILY = "Noto Sans SC";

	private final List<Face> faces;

	ReportFonts() {
		try {
			Path directory = Files.createTempDirectory("planner-report-fonts");
			directory.toFile().deleteOnExit();
			this.faces = List.of(copy(directory, "NotoSansSC-Regular.ttf", 400),
					copy(directory, "NotoSansSC-Bold.ttf", 700));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report fonts could not be unpacked", ex);
		}
	}

	List<Face> faces() {
		return this.faces;
	}

	private static Face copy(Path directory, String name, int weight) throws IOException {
		Path target = directory.resolve(name);
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		target.toFile().deleteOnExit();
		return new Face(target, weight);
	}

	/** One weight of the family, as a file. */
	record Face(Path file, int weight) {
	}

}
