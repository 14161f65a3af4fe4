package com.marketingplanner.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV: UTF-8 with a byte order mark (so spreadsheet programs open Chinese
 * correctly), RFC 4180 quoting, CRLF line ends, a header row; dates ISO 8601, decimals
 * plain with a point. A text cell that a spreadsheet program would take for a formula
 * (starting with =, +, -, @, tab or carriage return) is written with a leading
 * apostrophe, so opening an export never runs anything.
 */
final class CsvExport {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private CsvExport() {
	}

	static byte[] write(ExportTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write(BYTE_ORDER_MARK);
			printer.printRecord(table.columns());
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object cell : row) {
					cells.add(text(cell));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (cell instanceof String text) {
			return defused(text);
		}
		return cell.toString();
	}

	static String defused(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
