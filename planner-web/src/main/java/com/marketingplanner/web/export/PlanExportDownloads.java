package com.marketingplanner.web.export;

import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.web.page.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * An export as a download: CSV holds one table and so needs {@code table}; Excel holds
 * the named table, or every table (a sheet each) without {@code table}. Named after the
 * plan and the table.
 */
@Component
class PlanExportDownloads {

	private final PlanExports exports;

	PlanExportDownloads(PlanExports exports) {
		this.exports = exports;
	}

	/**
	 * @throws BusinessRuleViolation on {@code format} or {@code table} for an unknown
	 * value, or a CSV without a table
	 */
	ResponseEntity<byte[]> download(long planId, String format, String table) {
		ExportFormat chosen = ExportFormat.of(format);
		boolean allTables = table == null || table.isBlank();
		if (allTables && chosen == ExportFormat.CSV) {
			throw new BusinessRuleViolation("table", "error.export.csv-needs-table",
					"A CSV file holds one table: name it with table= (" + ExportTableName.codes() + ")",
					ExportTableName.codes());
		}
		List<ExportTableName> names = allTables ? ExportTableName.all() : List.of(ExportTableName.of(table));
		List<ExportTable> tables = this.exports.tables(planId, names);
		byte[] body = (chosen == ExportFormat.CSV) ? CsvExport.write(tables.get(0)) : XlsxExport.write(tables);
		String title = this.exports.title(planId);
		String suffix = allTables ? "" : " " + names.get(0).code();
		return Downloads.attachment(body, chosen.mediaType(), title + suffix,
				"plan-" + planId + (allTables ? "" : "-" + names.get(0).code()), chosen.code());
	}

}
