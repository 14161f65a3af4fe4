package com.marketingplanner.web.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Marker;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Span;
import com.marketingplanner.web.chart.Threshold;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Zone;

/**
 * Draws a {@link Chart} of the chart model as a static SVG document (for the PDF report:
 * vector graphics, text in the report's font, no script). Every number written on the
 * chart is the datum's {@code display} text, so the chart shows exactly what the tables
 * show. Drawn kinds: BARS (grouped or stacked, vertical or horizontal — funnels are
 * horizontal bars), DONUT, MATRIX (heat map: zones and points), TIMELINE (Gantt strip:
 * spans, milestones, markers; dependencies are left to the table), LINES and SPARKLINE.
 * RADAR has no static drawing and is refused.
 *
 * <p>
 * Colours follow the pages' palette ({@code /js/charts.js}) so a status reads the same in
 * the browser and on paper.
 */
public final class SvgCharts {

	/** The font family of every text; the PDF renderer maps it to the shipped font. */
	static final String FONT_FAMILY = "Noto Sans SC";

	private static final Map<Tone, String> COLOURS = Map.ofEntries(Map.entry(Tone.GOOD, "#2e7d32"),
			Map.entry(Tone.WARNING, "#b26a00"), Map.entry(Tone.BAD, "#c62828"), Map.entry(Tone.INFO, "#1565c0"),
			Map.entry(Tone.NEUTRAL, "#616e7c"), Map.entry(Tone.MUTED, "#bcccdc"), Map.entry(Tone.SERIES_1, "#1769aa"),
			Map.entry(Tone.SERIES_2, "#d9730d"), Map.entry(Tone.SERIES_3, "#2e8b57"),
			Map.entry(Tone.SERIES_4, "#8e44ad"), Map.entry(Tone.SERIES_5, "#c2185b"),
			Map.entry(Tone.SERIES_6, "#00838f"));

	/** Zone fills: the tone's colour, lightly. */
	private static final Map<Tone, String> ZONE_COLOURS = Map.of(Tone.GOOD, "#dcefdc", Tone.WARNING, "#fbeccc",
			Tone.BAD, "#f6d5d5", Tone.INFO, "#dde9f7", Tone.NEUTRAL, "#eceef0", Tone.MUTED, "#f1f5f9");

	private static final String TEXT = "#1d2939";

	private static final String MUTED_TEXT = "#667085";

	private static final String GRID = "#e4e7ec";

	private static final double FONT = 10;

	private static final double SMALL = 8.5;

	private static final double LEGEND_HEIGHT = 20;

	private SvgCharts() {
	}

	/**
	 * The chart as an {@code <svg>} element of the given width (in CSS pixels; its height
	 * follows from the content).
	 * @throws IllegalArgumentException for a RADAR chart
	 */
	public static String render(Chart chart, double width) {
		return switch (chart.kind()) {
			case BARS -> chart.horizontal() ? horizontalBars(chart, width) : verticalBars(chart, width, false);
			case LINES -> verticalBars(chart, width, true);
			case SPARKLINE -> sparkline(chart, width);
			case DONUT -> donut(chart, width);
			case MATRIX -> matrix(chart, width);
			case TIMELINE -> timeline(chart, width);
			case RADAR -> throw new IllegalArgumentException("A radar chart has no static drawing: " + chart.id());
		};
	}

	static String colour(Tone tone, Tone fallback) {
		return COLOURS.getOrDefault((tone != null) ? tone : fallback, COLOURS.get(Tone.SERIES_1));
	}

	// ---------------------------------------------------------------- bars

	private static String horizontalBars(Chart chart, double width) {
		List<String> categories = chart.categories();
		List<Series> series = chart.series();
		int bars = chart.stacked() ? 1 : Math.max(series.size(), 1);
		double barHeight = (bars > 2) ? 9 : 12;
		double groupGap = 9;
		double groupHeight = bars * barHeight + groupGap;
		double labelWidth = Math.min(width * 0.36, maxTextWidth(categories, FONT) + 10);
		double valueWidth = Math.min(width * 0.26, maxDisplayWidth(series, chart.stacked()) + 10);
		double top = legendHeight(series) + 4;
		double plotLeft = labelWidth;
		double plotWidth = width - labelWidth - valueWidth;
		double height = top + categories.size() * groupHeight + 16;
		Scale scale = Scale.of(values(chart), chart.valueAxis());
		Svg svg = new Svg().open(width, height, chart.title());
		legend(svg, series, width, 0);
		for (int tick = 0; tick <= 4; tick++) {
			double x = plotLeft + plotWidth * tick / 4;
			svg.line(x, top - 2, x, height - 14, GRID, 0.7, null);
		}
		for (int c = 0; c < categories.size(); c++) {
			double y = top + c * groupHeight;
			svg.text(labelWidth - 6, y + bars * barHeight / 2 + FONT * 0.35,
					fit(categories.get(c), labelWidth - 8, FONT), FONT, TEXT, "end", false);
			double stackedStart = scale.zero();
			StringBuilder stackedDisplay = new StringBuilder();
			for (int s = 0; s < series.size(); s++) {
				Datum datum = datum(series.get(s), c);
				if (datum == null || datum.value() == null) {
					continue;
				}
				String fill = colour(datum.tone(), series.get(s).tone());
				double value = datum.value().doubleValue();
				if (chart.stacked()) {
					double end = stackedStart + scale.length(value);
					svg.rect(plotLeft + plotWidth * stackedStart, y, plotWidth * (end - stackedStart), barHeight, fill,
							null);
					stackedStart = end;
					if (datum.display() != null) {
						stackedDisplay.append((stackedDisplay.length() > 0) ? " + " : "").append(datum.display());
					}
				}
				else {
					double by = y + s * barHeight;
					double from = Math.min(scale.zero(), scale.position(value));
					double to = Math.max(scale.zero(), scale.position(value));
					svg.rect(plotLeft + plotWidth * from, by + 1, plotWidth * (to - from), barHeight - 2, fill, null);
					svg.text(plotLeft + plotWidth * to + 4, by + barHeight / 2 + SMALL * 0.35,
							(datum.display() != null) ? datum.display() : "", SMALL, TEXT, "start", false);
				}
			}
			if (chart.stacked()) {
				svg.text(plotLeft + plotWidth * stackedStart + 4, y + barHeight / 2 + SMALL * 0.35,
						fit(stackedDisplay.toString(), valueWidth - 6, SMALL), SMALL, TEXT, "start", false);
			}
		}
		for (Threshold threshold : chart.thresholds()) {
			double x = plotLeft + plotWidth * scale.position(threshold.value().doubleValue());
			String stroke = colour(threshold.tone(), Tone.NEUTRAL);
			svg.line(x, top - 2, x, height - 14, stroke, 1.2, "stroke-dasharray=\"4 3\"");
			svg.text(x, height - 3, label(threshold), SMALL, stroke, "middle", false);
		}
		return svg.close();
	}

	/** Vertical bars, or lines over the categories ({@code lines}). */
	private static String verticalBars(Chart chart, double width, boolean lines) {
		List<String> categories = chart.categories();
		List<Series> series = chart.series();
		double top = legendHeight(series) + 14;
		double plotHeight = 150;
		double axisWidth = 8;
		double plotLeft = axisWidth;
		double plotWidth = width - axisWidth - 8;
		double labelRow = 16;
		double height = top + plotHeight + labelRow + 4;
		Scale scale = Scale.of(values(chart), chart.valueAxis());
		Svg svg = new Svg().open(width, height, chart.title());
		legend(svg, series, width, 0);
		double slot = plotWidth / Math.max(categories.size(), 1);
		for (int tick = 0; tick <= 4; tick++) {
			double y = top + plotHeight - plotHeight * tick / 4;
			svg.line(plotLeft, y, plotLeft + plotWidth, y, GRID, 0.7, null);
		}
		for (int c = 0; c < categories.size(); c++) {
			svg.text(plotLeft + slot * (c + 0.5), top + plotHeight + 12, fit(categories.get(c), slot - 4, SMALL), SMALL,
					TEXT, "middle", false);
		}
		int bars = chart.stacked() ? 1 : Math.max(series.size(), 1);
		double barWidth = Math.min(28, slot * 0.8 / bars);
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			String stroke = colour(one.tone(), Tone.series(s));
			if (lines || one.style() == Series.Style.LINE || one.style() == Series.Style.DASHED) {
				StringBuilder d = new StringBuilder();
				for (int c = 0; c < categories.size(); c++) {
					Datum datum = datum(one, c);
					if (datum == null || datum.value() == null) {
						continue;
					}
					double x = plotLeft + slot * (c + 0.5);
					double y = top + plotHeight * (1 - scale.position(datum.value().doubleValue()));
					d.append((d.length() == 0) ? "M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
					svg.circle(x, y, 2.2, stroke, null);
				}
				if (d.length() > 0) {
					svg.path(d.toString(), "none", "stroke=\"" + stroke + "\" stroke-width=\"1.8\""
							+ ((one.style() == Series.Style.DASHED) ? " stroke-dasharray=\"5 3\"" : ""));
				}
				continue;
			}
			for (int c = 0; c < categories.size(); c++) {
				Datum datum = datum(one, c);
				if (datum == null || datum.value() == null) {
					continue;
				}
				double groupLeft = plotLeft + slot * (c + 0.5) - barWidth * bars / 2;
				double x = groupLeft + (chart.stacked() ? 0 : s * barWidth);
				double y0 = top + plotHeight * (1 - scale.zero());
				double y1 = top + plotHeight * (1 - scale.position(datum.value().doubleValue()));
				svg.rect(x + 1, Math.min(y0, y1), barWidth - 2, Math.abs(y0 - y1), colour(datum.tone(), one.tone()),
						null);
				if (datum.display() != null && !chart.stacked()) {
					svg.text(x + barWidth / 2, Math.min(y0, y1) - 2, fit(datum.display(), slot, SMALL - 1), SMALL - 1,
							TEXT, "middle", false);
				}
			}
		}
		for (Threshold threshold : chart.thresholds()) {
			double y = top + plotHeight * (1 - scale.position(threshold.value().doubleValue()));
			String stroke = colour(threshold.tone(), Tone.NEUTRAL);
			svg.line(plotLeft, y, plotLeft + plotWidth, y, stroke, 1.2, "stroke-dasharray=\"4 3\"");
			svg.text(plotLeft + plotWidth, y - 3, label(threshold), SMALL, stroke, "end", false);
		}
		return svg.close();
	}

	private static String sparkline(Chart chart, double width) {
		double height = 36;
		Scale scale = Scale.of(values(chart), chart.valueAxis());
		Svg svg = new Svg().open(width, height, chart.title());
		int count = chart.categories().size();
		for (int s = 0; s < chart.series().size(); s++) {
			Series one = chart.series().get(s);
			StringBuilder d = new StringBuilder();
			for (int c = 0; c < count; c++) {
				Datum datum = datum(one, c);
				if (datum == null || datum.value() == null) {
					continue;
				}
				double x = 2 + (width - 4) * ((count > 1) ? (double) c / (count - 1) : 0.5);
				double y = 2 + (height - 4) * (1 - scale.position(datum.value().doubleValue()));
				d.append((d.length() == 0) ? "M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
			}
			if (d.length() > 0) {
				svg.path(d.toString(), "none",
						"stroke=\"" + colour(one.tone(), Tone.series(s)) + "\" stroke-width=\"1.5\"");
			}
		}
		return svg.close();
	}

	// ---------------------------------------------------------------- donut

	private static String donut(Chart chart, double width) {
		Series series = chart.series().isEmpty() ? null : chart.series().get(0);
		List<String> categories = chart.categories();
		double radius = 62;
		double inner = 38;
		double cx = radius + 6;
		double cy = radius + 6;
		double legendRow = 15;
		double height = Math.max(2 * radius + 12, categories.size() * legendRow + 12);
		Svg svg = new Svg().open(width, height, chart.title());
		double total = 0;
		if (series != null) {
			for (Datum datum : series.data()) {
				if (datum.value() != null && datum.value().signum() > 0) {
					total += datum.value().doubleValue();
				}
			}
		}
		double angle = -Math.PI / 2;
		double legendLeft = cx + radius + 18;
		for (int c = 0; c < categories.size(); c++) {
			Datum datum = (series != null) ? datum(series, c) : null;
			Tone tone = (datum != null && datum.tone() != null) ? datum.tone() : Tone.series(c);
			String fill = colour(tone, Tone.series(c));
			double value = (datum != null && datum.value() != null) ? datum.value().doubleValue() : 0;
			if (total > 0 && value > 0) {
				double sweep = 2 * Math.PI * value / total;
				svg.path(slice(cx, cy, radius, inner, angle, sweep), fill, "stroke=\"#ffffff\" stroke-width=\"1\"");
				angle += sweep;
			}
			double y = 10 + c * legendRow;
			svg.rect(legendLeft, y - 8, 9, 9, fill, null);
			String text = categories.get(c)
					+ ((datum != null && datum.display() != null) ? "  " + datum.display() : "");
			svg.text(legendLeft + 14, y, fit(text, width - legendLeft - 16, FONT), FONT, TEXT, "start", false);
		}
		if (total == 0) {
			svg.circle(cx, cy, radius, "none", "stroke=\"" + GRID + "\" stroke-width=\"" + (radius - inner) + "\"");
		}
		return svg.close();
	}

	private static String slice(double cx, double cy, double outer, double inner, double start, double sweep) {
		// a full circle cannot be one arc: draw it as two halves
		if (sweep >= 2 * Math.PI - 1e-9) {
			return slice(cx, cy, outer, inner, start, Math.PI) + " "
					+ slice(cx, cy, outer, inner, start + Math.PI, Math.PI);
		}
		double end = start + sweep;
		int large = (sweep > Math.PI) ? 1 : 0;
		return "M" + Svg.n(cx + outer * Math.cos(start)) + " " + Svg.n(cy + outer * Math.sin(start)) + " A"
				+ Svg.n(outer) + " " + Svg.n(outer) + " 0 " + large + " 1 " + Svg.n(cx + outer * Math.cos(end)) + " "
				+ Svg.n(cy + outer * Math.sin(end)) + " L" + Svg.n(cx + inner * Math.cos(end)) + " "
				+ Svg.n(cy + inner * Math.sin(end)) + " A" + Svg.n(inner) + " " + Svg.n(inner) + " 0 " + large + " 0 "
				+ Svg.n(cx + inner * Math.cos(start)) + " " + Svg.n(cy + inner * Math.sin(start)) + " Z";
	}

	// ---------------------------------------------------------------- matrix

	private static String matrix(Chart chart, double width) {
		Axis xAxis = (chart.xAxis() != null) ? chart.xAxis() : Axis.of(null, null);
		Axis yAxis = chart.valueAxis();
		List<Double> xs = new ArrayList<>();
		List<Double> ys = new ArrayList<>();
		for (Series series : chart.series()) {
			for (Datum datum : series.data()) {
				if (datum.x() != null && datum.value() != null) {
					xs.add(datum.x().doubleValue());
					ys.add(datum.value().doubleValue());
				}
			}
		}
		Scale sx = Scale.range(xs, xAxis);
		Scale sy = Scale.range(ys, yAxis);
		double plotSize = Math.min(width - 80, 300);
		double left = 44;
		double top = 8;
		double height = top + plotSize + 40;
		Svg svg = new Svg().open(width, height, chart.title());
		for (Zone zone : chart.zones()) {
			double x0 = (zone.fromX() != null) ? sx.position(zone.fromX().doubleValue()) : 0;
			double x1 = (zone.toX() != null) ? sx.position(zone.toX().doubleValue()) : 1;
			double y0 = (zone.fromY() != null) ? sy.position(zone.fromY().doubleValue()) : 0;
			double y1 = (zone.toY() != null) ? sy.position(zone.toY().doubleValue()) : 1;
			svg.rect(left + plotSize * Math.min(x0, x1), top + plotSize * (1 - Math.max(y0, y1)),
					plotSize * Math.abs(x1 - x0), plotSize * Math.abs(y1 - y0),
					ZONE_COLOURS.getOrDefault(zone.tone(), ZONE_COLOURS.get(Tone.NEUTRAL)),
					"stroke=\"#ffffff\" stroke-width=\"1.5\"");
		}
		svg.rect(left, top, plotSize, plotSize, "none", "stroke=\"" + GRID + "\" stroke-width=\"1\"");
		for (double tick : sx.ticks()) {
			double x = left + plotSize * sx.position(tick);
			svg.text(x, top + plotSize + 12, Svg.n(tick), SMALL, MUTED_TEXT, "middle", false);
		}
		for (double tick : sy.ticks()) {
			double y = top + plotSize * (1 - sy.position(tick));
			svg.text(left - 5, y + SMALL * 0.35, Svg.n(tick), SMALL, MUTED_TEXT, "end", false);
		}
		if (xAxis.name() != null) {
			svg.text(left + plotSize / 2, top + plotSize + 26, xAxis.name(), FONT, TEXT, "middle", false);
		}
		if (yAxis.name() != null) {
			svg.text(left - 30, top + plotSize / 2, yAxis.name(), FONT, TEXT, "middle", false);
		}
		for (int s = 0; s < chart.series().size(); s++) {
			Series series = chart.series().get(s);
			for (Datum datum : series.data()) {
				if (datum.x() == null || datum.value() == null) {
					continue;
				}
				double x = left + plotSize * sx.position(datum.x().doubleValue());
				double y = top + plotSize * (1 - sy.position(datum.value().doubleValue()));
				svg.circle(x, y, 10, colour(datum.tone(), series.tone()), "fill-opacity=\"0.9\"");
				if (datum.label() != null) {
					svg.text(x, y + FONT * 0.35, fit(datum.label(), 18, FONT), FONT, "#ffffff", "middle", true);
				}
			}
		}
		double legendLeft = left + plotSize + 14;
		int row = 0;
		for (Zone zone : chart.zones()) {
			if (zone.label() == null || chart.zones()
				.stream()
				.limit(chart.zones().indexOf(zone))
				.anyMatch((earlier) -> zone.label().equals(earlier.label()))) {
				continue;
			}
			double y = top + 10 + row * 15;
			svg.rect(legendLeft, y - 8, 9, 9, ZONE_COLOURS.getOrDefault(zone.tone(), ZONE_COLOURS.get(Tone.NEUTRAL)),
					"stroke=\"" + GRID + "\"");
			svg.text(legendLeft + 14, y, fit(zone.label(), width - legendLeft - 16, FONT), FONT, TEXT, "start", false);
			row++;
		}
		return svg.close();
	}

	// ---------------------------------------------------------------- timeline

	private static String timeline(Chart chart, double width) {
		LocalDate start = chart.start();
		LocalDate end = chart.end();
		if (start == null || end == null) {
			start = chart.spans().stream().map(Span::start).min(LocalDate::compareTo).orElse(LocalDate.now());
			end = chart.spans().stream().map(Span::end).max(LocalDate::compareTo).orElse(start);
		}
		List<String> rows = chart.rows();
		double labelWidth = Math.min(width * 0.3, maxTextWidth(rows, FONT) + 10);
		double rowHeight = 22;
		double top = 22;
		double plotLeft = labelWidth;
		double plotWidth = width - labelWidth - 4;
		double height = top + Math.max(rows.size(), 1) * rowHeight + 6;
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		Svg svg = new Svg().open(width, height, chart.title());
		LocalDate first = start;
		LocalDate last = end;
		java.util.function.ToDoubleFunction<LocalDate> xOf = (day) -> plotLeft
				+ plotWidth * Math.max(0, Math.min(days, ChronoUnit.DAYS.between(first, day))) / days;
		for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
			LocalDate tickDay = month.isBefore(start) ? start : month;
			double x = xOf.applyAsDouble(tickDay);
			svg.line(x, top - 4, x, height - 4, GRID, 0.7, null);
			LocalDate next = month.plusMonths(1);
			double labelX = (x + xOf.applyAsDouble(next.isAfter(last) ? last.plusDays(1) : next)) / 2;
			svg.text(labelX, top - 8, month.toString().substring(0, 7), SMALL, MUTED_TEXT, "middle", false);
		}
		for (int r = 0; r < rows.size(); r++) {
			double y = top + r * rowHeight;
			if (r % 2 == 1) {
				svg.rect(0, y, width, rowHeight, "#f8fafc", null);
			}
			svg.text(labelWidth - 6, y + rowHeight / 2 + FONT * 0.35, fit(rows.get(r), labelWidth - 8, FONT), FONT,
					TEXT, "end", false);
		}
		for (Span span : chart.spans()) {
			double y = top + span.row() * rowHeight;
			String fill = colour(span.tone(), Tone.SERIES_1);
			if (span.milestone()) {
				double x = xOf.applyAsDouble(span.start()) + plotWidth / days / 2;
				double cy = y + rowHeight / 2;
				svg.path(
						"M" + Svg.n(x) + " " + Svg.n(cy - 6) + " L" + Svg.n(x + 6) + " " + Svg.n(cy) + " L" + Svg.n(x)
								+ " " + Svg.n(cy + 6) + " L" + Svg.n(x - 6) + " " + Svg.n(cy) + " Z",
						fill, span.gated() ? "stroke=\"" + TEXT + "\" stroke-width=\"1\"" : null);
				double room = plotLeft + plotWidth - x - 10;
				if (room > 40) {
					svg.text(x + 9, cy + SMALL * 0.35, fit(span.label(), room, SMALL), SMALL, TEXT, "start", false);
				}
				else {
					svg.text(x - 9, cy + SMALL * 0.35, fit(span.label(), x - plotLeft - 10, SMALL), SMALL, TEXT, "end",
							false);
				}
			}
			else {
				double x0 = xOf.applyAsDouble(span.start());
				double x1 = xOf.applyAsDouble(span.end().plusDays(1));
				svg.rect(x0, y + 4, Math.max(x1 - x0, 2), rowHeight - 8, fill, "rx=\"2\" fill-opacity=\"0.85\"");
				if (span.label() != null && x1 - x0 > 30) {
					svg.text(x0 + 4, y + rowHeight / 2 + SMALL * 0.35, fit(span.label(), x1 - x0 - 8, SMALL), SMALL,
							"#ffffff", "start", false);
				}
			}
		}
		for (Marker marker : chart.markers()) {
			if (marker.date().isBefore(start) || marker.date().isAfter(end)) {
				continue;
			}
			double x = xOf.applyAsDouble(marker.date());
			String stroke = colour(marker.tone(), Tone.BAD);
			svg.line(x, top - 2, x, height - 4, stroke, 1.3, "stroke-dasharray=\"3 2\"");
			if (marker.label() != null) {
				svg.text(x + 3, height - 6, marker.label(), SMALL, stroke, "start", false);
			}
		}
		return svg.close();
	}

	// ---------------------------------------------------------------- helpers

	private static double legendHeight(List<Series> series) {
		return (series.size() > 1) ? LEGEND_HEIGHT : 0;
	}

	private static void legend(Svg svg, List<Series> series, double width, double y) {
		if (series.size() <= 1) {
			return;
		}
		double x = 0;
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			svg.rect(x, y + 4, 10, 10, colour(one.tone(), Tone.series(s)), null);
			String name = fit(one.name(), width / series.size() - 20, FONT);
			svg.text(x + 14, y + 13, name, FONT, TEXT, "start", false);
			x += 14 + textWidth(name, FONT) + 16;
		}
	}

	private static List<Double> values(Chart chart) {
		List<Double> values = new ArrayList<>();
		int categories = chart.categories().size();
		if (chart.stacked()) {
			for (int c = 0; c < categories; c++) {
				double sum = 0;
				for (Series series : chart.series()) {
					Datum datum = datum(series, c);
					if (datum != null && datum.value() != null) {
						sum += datum.value().doubleValue();
					}
				}
				values.add(sum);
			}
		}
		else {
			for (Series series : chart.series()) {
				for (Datum datum : series.data()) {
					if (datum.value() != null) {
						values.add(datum.value().doubleValue());
					}
					if (datum.low() != null) {
						values.add(datum.low().doubleValue());
					}
				}
			}
		}
		chart.thresholds().forEach((threshold) -> values.add(threshold.value().doubleValue()));
		return values;
	}

	private static Datum datum(Series series, int index) {
		return (index < series.data().size()) ? series.data().get(index) : null;
	}

	private static String label(Threshold threshold) {
		return (threshold.display() != null) ? threshold.label() + " " + threshold.display() : threshold.label();
	}

	private static double maxTextWidth(List<String> texts, double size) {
		return texts.stream().mapToDouble((text) -> textWidth(text, size)).max().orElse(0);
	}

	private static double maxDisplayWidth(List<Series> series, boolean stacked) {
		double max = 0;
		for (Series one : series) {
			for (Datum datum : one.data()) {
				if (datum.display() != null) {
					max = Math.max(max, textWidth(datum.display(), SMALL));
				}
			}
		}
		return stacked ? max * 2 : max;
	}

	/**
	 * The width a text takes, estimated: CJK characters one em, digits and most Latin
	 * letters a little over half an em.
	 */
	static double textWidth(String text, double size) {
		if (text == null) {
			return 0;
		}
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x2E80) {
				ems += 1.0;
			}
			else if ("il.,:;'|!1 ()[]".indexOf(c) >= 0) {
				ems += 0.32;
			}
			else if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '%') {
				ems += 0.68;
			}
			else {
				ems += 0.55;
			}
		}
		return ems * size;
	}

	/** The text, shortened with an ellipsis to fit the width. */
	static String fit(String text, double width, double size) {
		if (text == null) {
			return "";
		}
		if (textWidth(text, size) <= width) {
			return text;
		}
		StringBuilder shortened = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (textWidth(shortened.toString() + text.charAt(i) + "…", size) > width) {
				break;
			}
			shortened.append(text.charAt(i));
		}
		return shortened + "…";
	}

	/** Maps values to 0–1 along an axis that includes zero for bars. */
	private record Scale(double min, double max) {

		static Scale of(List<Double> values, Axis axis) {
			double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
			double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
			return bounded(min, max, axis);
		}

		static Scale range(List<Double> values, Axis axis) {
			double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
			return bounded(min, max, axis);
		}

		private static Scale bounded(double min, double max, Axis axis) {
			if (axis != null && axis.min() != null) {
				min = axis.min().doubleValue();
			}
			if (axis != null && axis.max() != null) {
				max = axis.max().doubleValue();
			}
			if (max <= min) {
				max = min + 1;
			}
			return new Scale(min, max);
		}

		double position(double value) {
			return Math.max(0, Math.min(1, (value - this.min) / (this.max - this.min)));
		}

		double zero() {
			return position(0);
		}

		double length(double value) {
			return Math.abs(value) / (this.max - this.min);
		}

		/**
		 * Whole numbers inside the range when it spans 2–10 units (impact 1–5), else six
		 * evenly spaced values (probability 0, 0.2, …, 1).
		 */
		List<Double> ticks() {
			List<Double> ticks = new ArrayList<>();
			double span = this.max - this.min;
			if (span >= 2 && span <= 10) {
				for (double tick = Math.ceil(this.min); tick <= Math.floor(this.max); tick++) {
					ticks.add(tick);
				}
				return ticks;
			}
			for (int i = 0; i <= 5; i++) {
				ticks.add(BigDecimal.valueOf(this.min + span * i / 5).setScale(2, RoundingMode.HALF_UP).doubleValue());
			}
			return ticks;
		}

	}

}
