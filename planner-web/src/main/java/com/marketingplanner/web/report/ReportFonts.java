package com.marketingplanner.web.report;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts the PDF report is set in, shipped with the application
 * ({@code fonts/NotoSansSC-*.ttf}, SIL Open Font License, see {@code fonts/README.md}):
 * never fonts installed on the server.
 * <p>
 * Each face is read and parsed once, when the application starts, and shared by every
 * report: PDFBox reads a whole font file into memory to parse it (10 MB per face) and
 * parses its glyph-substitution table, and the SVG renderer creates a Java font from the
 * file, which together cost more than laying out and writing the report itself. A report
 * embeds a subset of a shared face ({@code PDType0Font.load(document, font, true)});
 * PDFBox reads glyph data of a shared font under its own locks, and every table is parsed
 * here, before the first report, so that reports on several threads only read it.
 */
@Component
class ReportFonts implements DisposableBean {

	/** The CSS font family of every text in the report, charts included. */
	static final String FAMILY = "Noto Sans SC";

	private final List<Face> faces;

	private final OpenHtmlFontResolver svgFonts = new OpenHtmlFontResolver();

	ReportFonts() {
		try {
			Path directory = Files.createTempDirectory("planner-report-fonts");
			directory.toFile().deleteOnExit();
			this.faces = List.of(load(directory, "NotoSansSC-Regular.ttf", 400),
					load(directory, "NotoSansSC-Bold.ttf", 700));
			for (Face face : this.faces) {
				this.svgFonts.addFontFile(face.file().toFile(), FAMILY, face.weight(), FontStyle.NORMAL);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report fonts could not be read", ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The report fonts could not be read", ex);
		}
	}

	List<Face> faces() {
		return this.faces;
	}

	/**
	 * The faces as Java fonts for the text of the charts (the SVG renderer measures and
	 * places glyphs with them; the PDF draws them with the embedded subsets). Read-only
	 * after construction, so one resolver serves every report.
	 */
	OpenHtmlFontResolver svgFonts() {
		return this.svgFonts;
	}

	/**
	 * Copies the face from the class path to a file (the Java font needs one) and parses
	 * it, reading every table now.
	 */
	private static Face load(Path directory, String name, int weight) throws IOException {
		Path target = directory.resolve(name);
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		target.toFile().deleteOnExit();
		// the parser reads the whole file into memory and closes it
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(target.toFile()));
		readEveryTable(font);
		return new Face(target, weight, font);
	}

	/** Tables are read on first use, unsynchronised: read them before any report does. */
	private static void readEveryTable(TrueTypeFont font) throws IOException {
		font.getNaming();
		font.getPostScript();
		font.getOS2Windows();
		font.getMaximumProfile();
		font.getHeader();
		font.getHorizontalHeader();
		font.getHorizontalMetrics();
		font.getIndexToLocation();
		font.getGlyph();
		font.getCmap();
		font.getVerticalHeader();
		font.getVerticalMetrics();
		font.getVerticalOrigin();
		font.getKerning();
		font.getGsub();
		font.getGsubData();
		font.getUnicodeCmapLookup();
		font.getName();
		font.getFontBBox();
	}

	@Override
	public void destroy() throws IOException {
		for (Face face : this.faces) {
			face.font().close();
		}
	}

	/** One weight of the family: its file and the parsed font shared by every report. */
	record Face(Path file, int weight, TrueTypeFont font) {
	}

}
