package com.marketingplanner.domain.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Turns the first sheet of an Excel workbook (.xlsx) into CSV, streaming (Apache POI's
 * XSSF event API: the sheet's XML is parsed as it is read, never held as a workbook), so
 * that the import reads it like any CSV. Line {@code n} of the CSV is row {@code n} of
 * the sheet (empty rows become blank lines), so errors name the sheet's row. Cells
 * formatted as dates become ISO dates ({@code 2026-03-01}) or date-times
 * ({@code 2026-03-01T10:15:30}); numbers are written plainly ({@code 1234.5}, never
 * {@code 1,234.50} or {@code 1.2345E3}). A row whose last cells are empty (a sheet stores
 * none for them) gets empty fields up to the width of the header row.
 */
final class XlsxToCsv {

	private XlsxToCsv() {
	}

	/**
	 * @throws IOException when the file is not a readable workbook (the message says why)
	 */
	static void convert(Path workbook, Path csv) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new IOException("the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				RowWriter rows = new RowWriter(out);
				parser
					.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new IOException("not a readable Excel workbook (.xlsx): " + ex.getMessage(), ex);
		}
	}

	/** Writes each sheet row as a CSV line, quoting where needed. */
	private static final class RowWriter implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Writer out;

		private final List<String> cells = new ArrayList<>();

		/** The 0-based sheet row of the next CSV line. */
		private int nextRow;

		/** The number of cells of the first row (the header); 0 before it. */
		private int headerWidth;

		RowWriter(Writer out) {
			this.out = out;
		}

		@Override
		public void startRow(int rowNum) {
			try {
				while (this.nextRow < rowNum) {
					this.out.write('\n');
					this.nextRow++;
				}
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.headerWidth == 0) {
				this.headerWidth = this.cells.size();
			}
			// a sheet stores no cell for an empty one at the end of a row (a note left
			// blank): such a row has as many cells as the header, the last ones empty
			while (!this.cells.isEmpty() && this.cells.size() < this.headerWidth) {
				this.cells.add("");
			}
			try {
				for (int i = 0; i < this.cells.size(); i++) {
					if (i > 0) {
						this.out.write(',');
					}
					this.out.write(quoted(this.cells.get(i)));
				}
				this.out.write('\n');
				this.nextRow = rowNum + 1;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = (cellReference != null) ? new CellReference(cellReference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((formattedValue != null) ? formattedValue : "");
		}

		private static String quoted(String value) {
			if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
					&& value.indexOf('\r') < 0) {
				return value;
			}
			return '"' + value.replace("\"", "\"\"") + '"';
		}

	}

	/** Dates as ISO-8601, other numbers plainly. */
	private static final class IsoFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime time = DateUtil.getLocalDateTime(value, use1904, true);
				return (time.toLocalTime().toSecondOfDay() == 0) ? time.toLocalDate().toString()
						: time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

	}

}
