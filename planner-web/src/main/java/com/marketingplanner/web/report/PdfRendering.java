package com.marketingplanner.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf over PDFBox: the page size, margins, page numbers and
 * outline come from the document itself (CSS {@code @page} and {@code <bookmarks>}),
 * inline SVG is drawn as vector graphics, and every text — SVG text included — is set in
 * the shipped fonts ({@link ReportFonts}, parsed once), embedded as subsets. Scripts in
 * SVG are never run and no external resource is ever fetched.
 */
@Component
class PdfRendering {

	private final ReportFonts fonts;

	PdfRendering(ReportFonts fonts) {
		this.fonts = fonts;
		XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
	}

	/**
	 * @param xhtml a well-formed XHTML document; its {@code <title>} and
	 * {@code <meta name="author|subject">} become the PDF's metadata
	 */
	byte[] render(String xhtml) {
		try (PDDocument document = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			for (ReportFonts.Face face : this.fonts.faces()) {
				builder.useFont(new SubsetOfSharedFace(document, face), ReportFonts.FAMILY, face.weight(),
						FontStyle.NORMAL, true);
			}
			builder.useSVGDrawer(new SharedFontsSvgDrawer(this.fonts.svgFonts()));
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Marketing Planner");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A face as a font of one document, embedded as a subset of the glyphs the document
	 * uses; created when the layout first asks for it.
	 */
	private static final class SubsetOfSharedFace extends PDFontSupplier {

		private final PDDocument document;

		private final ReportFonts.Face face;

		private PDFont font;

		SubsetOfSharedFace(PDDocument document, ReportFonts.Face face) {
			super(null);
			this.document = document;
			this.face = face;
		}

		@Override
		public PDFont supply() {
			if (this.font == null) {
				try {
					this.font = PDType0Font.load(this.document, this.face.font(), true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.font;
		}

	}

	/**
	 * Batik, with scripts and external resources refused, measuring the text of the SVG
	 * charts with the shared Java fonts instead of creating them from the font files for
	 * every report (the report declares no {@code @font-face}).
	 */
	private static final class SharedFontsSvgDrawer extends BatikSVGDrawer {

		private final OpenHtmlFontResolver sharedFonts;

		SharedFontsSvgDrawer(OpenHtmlFontResolver sharedFonts) {
			super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
			this.sharedFonts = sharedFonts;
		}

		@Override
		public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
			this.fontResolver = this.sharedFonts;
		}

	}

}
