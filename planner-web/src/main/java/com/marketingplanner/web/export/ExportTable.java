package com.marketingplanner.web.export;

import java.util.List;

/**
 * One exported table: its name (the sheet name, part of the file name), its column names
 * and its rows. A cell is {@code null} (empty), a {@link String}, a
 * {@link java.math.BigDecimal}, a {@link Long} or {@link Integer}, or a
 * {@link java.time.LocalDate}; the writers keep these types (numbers and dates as typed
 * cells in Excel, ISO dates and plain decimals in CSV).
 */
public record ExportTable(String name, List<String> columns, List<List<Object>> rows) {

	public ExportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
