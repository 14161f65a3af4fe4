package com.marketingplanner.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The table view of a {@link Chart}: the same figures, written the same way, as rows and
 * columns. Category charts give one row per category and one column per series; a MATRIX
 * one row per point; a TIMELINE one row per span. Header texts that are not part of the
 * chart (start, end, …) come from the caller in the reader's language.
 *
 * @param headers the column headings
 * @param rows the cells, row by row
 * @param notes reference levels written out ("Target: 30%")
 */
public record ChartTable(List<String> headers, List<List<Cell>> rows, List<String> notes) {

	/**
	 * The table of a chart.
	 * @param words headings for the columns a chart does not name itself
	 */
	public static ChartTable of(Chart chart, Words words) {
		List<String> notes = chart.thresholds()
			.stream()
			.map((threshold) -> threshold.label() + ": " + threshold.display())
			.toList();
		return switch (chart.kind()) {
			case TIMELINE -> timeline(chart, words, notes);
			case MATRIX -> matrix(chart, words, notes);
			default -> categories(chart, words, notes);
		};
	}

	private static ChartTable categories(Chart chart, Words words, List<String> notes) {
		List<String> headers = new ArrayList<>();
		headers.add(words.item());
		chart.series().forEach((series) -> headers.add(series.name()));
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			List<Cell> row = new ArrayList<>();
			row.add(new Cell(chart.categories().get(i), null, false));
			for (Series series : chart.series()) {
				Datum datum = (i < series.data().size()) ? series.data().get(i) : null;
				row.add(new Cell((datum != null && datum.display() != null) ? datum.display() : "—",
						(datum != null) ? datum.href() : null, true));
			}
			rows.add(row);
		}
		return new ChartTable(headers, rows, notes);
	}

	private static ChartTable matrix(Chart chart, Words words, List<String> notes) {
		List<String> headers = List.of(words.item(), words.value());
		List<List<Cell>> rows = new ArrayList<>();
		for (Series series : chart.series()) {
			for (Datum datum : series.data()) {
				rows.add(List.of(new Cell(datum.label(), datum.href(), false), new Cell(datum.display(), null, false)));
			}
		}
		return new ChartTable(headers, rows, notes);
	}

	private static ChartTable timeline(Chart chart, Words words, List<String> notes) {
		List<String> headers = List.of(words.row(), words.item(), words.start(), words.end(), words.detail());
		List<List<Cell>> rows = new ArrayList<>();
		for (Span span : chart.spans()) {
			String row = (span.row() >= 0 && span.row() < chart.rows().size()) ? chart.rows().get(span.row()) : "";
			rows.add(List.of(new Cell(row, null, false), new Cell(span.label(), span.href(), false),
					new Cell(span.start().toString(), null, false),
					new Cell(span.milestone() ? "" : span.end().toString(), null, false),
					new Cell((span.detail() != null) ? span.detail() : "", null, false)));
		}
		return new ChartTable(headers, rows, notes);
	}

	/** One cell: its text, an optional link, and whether it holds a number. */
	public record Cell(String text, String href, boolean numeric) {
	}

	/** Column headings in the reader's language. */
	public record Words(String item, String value, String row, String start, String end, String detail) {
	}

}
