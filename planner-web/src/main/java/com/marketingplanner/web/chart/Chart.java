package com.marketingplanner.web.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart, independent of any drawing library: what is shown (categories, series,
 * reference levels, zones, dated spans) with every number already written as the page's
 * tables write it. Pages embed it as JSON for the browser ({@code /js/charts.js} maps it
 * to ECharts options); the PDF report draws the same record as SVG; {@link ChartTable}
 * turns it into the table view that every chart has. Built by the feature that owns the
 * numbers, from the same view model as its tables.
 *
 * @param id unique within the page (the DOM ids of the chart and its table derive from
 * it)
 * @param kind how it is drawn, and so which parts are read (see {@link ChartKind})
 * @param title its heading
 * @param description one sentence for screen readers and the table's caption, or
 * {@code null}
 * @param categories the category axis (BARS, LINES, SPARKLINE, DONUT, RADAR)
 * @param series the values
 * @param valueAxis the value (y) axis; for RADAR its max is every spoke's max
 * @param xAxis the numeric x axis of a MATRIX chart, else {@code null}
 * @param thresholds reference levels across the value axis
 * @param zones coloured regions behind the marks
 * @param rows the row labels of a TIMELINE
 * @param spans the bars and points of a TIMELINE
 * @param links dependencies between spans
 * @param markers dated vertical lines of a TIMELINE (today)
 * @param start first day of a TIMELINE's axis, else {@code null}
 * @param end last day of a TIMELINE's axis, else {@code null}
 * @param horizontal bars run left to right (BARS)
 * @param stacked series are stacked rather than grouped (BARS)
 */
public record Chart(String id, ChartKind kind, String title, String description, List<String> categories,
		List<Series> series, Axis valueAxis, Axis xAxis, List<Threshold> thresholds, List<Zone> zones,
		List<String> rows, List<Span> spans, List<Link> links, List<Marker> markers, LocalDate start, LocalDate end,
		boolean horizontal, boolean stacked) {

	public Chart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		thresholds = List.copyOf(thresholds);
		zones = List.copyOf(zones);
		rows = List.copyOf(rows);
		spans = List.copyOf(spans);
		links = List.copyOf(links);
		markers = List.copyOf(markers);
	}

	public static Builder builder(String id, ChartKind kind, String title) {
		return new Builder(id, kind, title);
	}

	/**
	 * Whether there is nothing to draw (the page then says so in words). A MATRIX with
	 * zones is drawn even without points: its zones are the frame the points belong in.
	 */
	public boolean isEmpty() {
		if (this.kind == ChartKind.TIMELINE) {
			return this.spans.isEmpty();
		}
		if (this.kind == ChartKind.MATRIX && !this.zones.isEmpty()) {
			return false;
		}
		return this.series.stream().allMatch((s) -> s.data().stream().allMatch((d) -> d.value() == null));
	}

	/** Collects the parts of a {@link Chart}; lists start empty. */
	public static final class Builder {

		private final String id;

		private final ChartKind kind;

		private final String title;

		private String description;

		private final List<String> categories = new ArrayList<>();

		private final List<Series> series = new ArrayList<>();

		private Axis valueAxis = Axis.of(null, Unit.NUMBER);

		private Axis xAxis;

		private final List<Threshold> thresholds = new ArrayList<>();

		private final List<Zone> zones = new ArrayList<>();

		private final List<String> rows = new ArrayList<>();

		private final List<Span> spans = new ArrayList<>();

		private final List<Link> links = new ArrayList<>();

		private final List<Marker> markers = new ArrayList<>();

		private LocalDate start;

		private LocalDate end;

		private boolean horizontal;

		private boolean stacked;

		private Builder(String id, ChartKind kind, String title) {
			this.id = id;
			this.kind = kind;
			this.title = title;
		}

		public Builder description(String text) {
			this.description = text;
			return this;
		}

		public Builder categories(List<String> names) {
			this.categories.addAll(names);
			return this;
		}

		public Builder category(String name) {
			this.categories.add(name);
			return this;
		}

		public Builder series(Series one) {
			this.series.add(one);
			return this;
		}

		public Builder series(String name, Series.Style style, Tone tone, List<Datum> data) {
			return series(new Series(name, style, tone, data));
		}

		public Builder valueAxis(Axis axis) {
			this.valueAxis = axis;
			return this;
		}

		public Builder xAxis(Axis axis) {
			this.xAxis = axis;
			return this;
		}

		public Builder threshold(Threshold threshold) {
			this.thresholds.add(threshold);
			return this;
		}

		public Builder zone(Zone zone) {
			this.zones.add(zone);
			return this;
		}

		public Builder row(String label) {
			this.rows.add(label);
			return this;
		}

		public Builder span(Span span) {
			this.spans.add(span);
			return this;
		}

		public Builder link(Link link) {
			this.links.add(link);
			return this;
		}

		public Builder marker(Marker marker) {
			this.markers.add(marker);
			return this;
		}

		public Builder period(LocalDate first, LocalDate last) {
			this.start = first;
			this.end = last;
			return this;
		}

		public Builder horizontal() {
			this.horizontal = true;
			return this;
		}

		public Builder stacked() {
			this.stacked = true;
			return this;
		}

		public Chart build() {
			return new Chart(this.id, this.kind, this.title, this.description, this.categories, this.series,
					this.valueAxis, this.xAxis, this.thresholds, this.zones, this.rows, this.spans, this.links,
					this.markers, this.start, this.end, this.horizontal, this.stacked);
		}

	}

}
