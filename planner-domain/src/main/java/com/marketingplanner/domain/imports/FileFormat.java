package com.marketingplanner.domain.imports;

/**
 * The format of an uploaded file, told by its first bytes: an Excel workbook (a ZIP
 * archive), otherwise CSV (gzip-compressed or not).
 */
public enum FileFormat {

	CSV, XLSX

}
