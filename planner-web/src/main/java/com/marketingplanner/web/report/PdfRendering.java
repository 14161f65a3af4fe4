package com.marketingplanner.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf over PDFBox: the page size, margins, page numbers and
 * outline come from the document itself (CSS {@code @page} and {@code <bookmarks>}),
 * inline SVG is drawn as vector graphics, and every text — SVG text included — is set in
 * the shipped fonts, embedded as subsets. Scripts in SVG are never run and no external
 * resource is ever fetched.
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
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			BatikSVGDrawer svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
			for (ReportFonts.Face face : this.fonts.faces()) {
				builder.useFont(face.file().toFile(), ReportFonts.FAMILY, face.weight(), FontStyle.NORMAL, true,
						EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
			}
			builder.useSVGDrawer(svg);
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

}
