package com.marketingplanner.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an Excel workbook (.xlsx), a sheet per table, written with Apache POI's
 * streaming SXSSF (rows are flushed to a temporary file, so large tables stay in bounded
 * memory): a bold, frozen header row; numbers as numeric cells, days as date cells
 * (yyyy-mm-dd), text as text cells (never formulas).
 */
final class XlsxExport {

	private static final int ROWS_IN_MEMORY = 200;

	private static final int MAX_COLUMN_WIDTH = 60;

	private XlsxExport() {
	}

	static byte[] write(List<ExportTable> tables) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(16384)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (ExportTable table : tables) {
				SXSSFSheet sheet = workbook.createSheet(table.name());
				int[] widths = new int[table.columns().size()];
				Row headerRow = sheet.createRow(0);
				for (int c = 0; c < table.columns().size(); c++) {
					Cell cell = headerRow.createCell(c);
					cell.setCellValue(table.columns().get(c));
					cell.setCellStyle(header);
					widths[c] = table.columns().get(c).length() + 2;
				}
				int r = 1;
				for (List<Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (value instanceof BigDecimal number) {
							cell.setCellValue(number.doubleValue());
						}
						else if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else if (value instanceof LocalDate day) {
							cell.setCellValue(day);
							cell.setCellStyle(date);
						}
						else {
							cell.setCellValue(value.toString());
						}
						widths[c] = Math.max(widths[c], width(value));
					}
				}
				for (int c = 0; c < widths.length; c++) {
					sheet.setColumnWidth(c, Math.min(widths[c], MAX_COLUMN_WIDTH) * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** Characters a cell needs; CJK characters count twice. */
	private static int width(Object value) {
		String text = (value instanceof BigDecimal number) ? number.toPlainString() : value.toString();
		int width = 2;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) >= 0x2E80) ? 2 : 1;
		}
		return width;
	}

}
