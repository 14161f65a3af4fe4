package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.marketingplanner.domain.analytics.AttributionService;
import com.marketingplanner.domain.analytics.BudgetBoardService.BudgetBoard;
import com.marketingplanner.domain.analytics.BudgetBoardService.Status;
import com.marketingplanner.domain.analytics.ForecastService.Observation;
import com.marketingplanner.domain.analytics.ForecastService.Point;
import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Threshold;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Unit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The charts of the analytics pages, built from the same view models as their tables and
 * with every figure written by {@link AnalyticsFormat} exactly as the tables write it:
 * the funnel as bars with the drop-off of each step stacked on the users who reached it,
 * channel credit by model as grouped bars, ROI by channel, the budget board's "used"
 * share per channel in its red/amber/green light, the forecast fan (history, neutral line
 * and the band from the conservative to the optimistic scenario) and the optimiser's
 * current against recommended split. Templates call it as {@code @analyticsCharts}.
 */
@Component("analyticsCharts")
public class AnalyticsCharts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final AnalyticsFormat format;

	private final MessageSource messages;

	AnalyticsCharts(AnalyticsFormat format, MessageSource messages) {
		this.format = format;
		this.messages = messages;
	}

	/**
	 * The event funnel: per step the users who reached it, with the users lost since the
	 * previous step stacked on top (so each bar is as long as the previous step); the
	 * bottleneck step in red.
	 */
	public Chart funnel(FunnelResponse funnel) {
		return funnel("funnel-chart", word("dashboard.analytics.funnel"), funnel.steps(), funnel.bottleneck(),
				FunnelResponse.Step::event);
	}

	/** The funnel of the channel actuals' counts, drawn as {@link #funnel}. */
	public Chart counts(CountFunnelResponse counts) {
		return funnel("count-funnel-chart", word("dashboard.analytics.count-funnel"), counts.steps(),
				counts.bottleneck(), (step) -> word("analytics.stage." + step.event()));
	}

	private Chart funnel(String id, String title, List<FunnelResponse.Step> steps, Integer bottleneck,
			Function<FunnelResponse.Step, String> name) {
		Chart.Builder chart = Chart.builder(id, ChartKind.BARS, title)
			.description(word("dashboard.analytics.funnel.description"))
			.valueAxis(Axis.of(null, Unit.NUMBER))
			.horizontal()
			.stacked();
		List<Datum> reached = new ArrayList<>();
		List<Datum> lost = new ArrayList<>();
		for (FunnelResponse.Step step : steps) {
			chart.category(step.step() + ". " + name.apply(step));
			Tone tone = (bottleneck != null && bottleneck == step.step()) ? Tone.BAD : null;
			reached.add(Datum
				.of(BigDecimal.valueOf(step.users()),
						this.format.number(step.users(), 0) + " (" + this.format.percent(step.cumulativeRate()) + ")")
				.withTone(tone));
			lost.add(Datum.of(BigDecimal.valueOf(step.dropOff()), this.format.number(step.dropOff(), 0)));
		}
		chart.series(word("analytics.column.users"), Series.Style.DEFAULT, Tone.SERIES_1, reached);
		chart.series(word("analytics.column.drop-off"), Series.Style.DEFAULT, Tone.MUTED, lost);
		return chart.build();
	}

	/** Conversions credited to each channel, one bar per model side by side. */
	public Chart attribution(AttributionView view) {
		Chart.Builder chart = Chart
			.builder("attribution-chart", ChartKind.BARS, word("dashboard.analytics.attribution"))
			.description(word("dashboard.analytics.attribution.description"))
			.valueAxis(Axis.of(word("dashboard.analytics.conversions"), Unit.NUMBER))
			.categories(view.channels());
		int index = 0;
		for (String model : view.models()) {
			List<Datum> data = new ArrayList<>();
			for (String channel : view.channels()) {
				AttributionService.Row cell = view.cell(channel, model);
				data.add((cell != null)
						? Datum.of(BigDecimal.valueOf(cell.conversions()), this.format.number(cell.conversions(), 2))
						: Datum.of(null, "—"));
			}
			chart.series(word("analytics.model." + model), Series.Style.DEFAULT, Tone.series(index++), data);
		}
		return chart.build();
	}

	/**
	 * ROI = (revenue − spend) ÷ spend per channel; a channel that lost money in red, one
	 * without spend left as a gap.
	 */
	public Chart roi(RoiResponse roi) {
		Chart.Builder chart = Chart.builder("roi-chart", ChartKind.BARS, word("dashboard.analytics.roi"))
			.description(word("dashboard.analytics.roi.description"))
			.valueAxis(Axis.of(word("analytics.column.roi"), Unit.NUMBER))
			.horizontal();
		List<Datum> data = new ArrayList<>();
		for (RoiResponse.Row row : roi.byChannel()) {
			chart.category(row.channel());
			Datum datum = Datum.of((row.roi() != null) ? BigDecimal.valueOf(row.roi()) : null,
					this.format.ratio(row.roi()));
			data.add((row.roi() != null && row.roi() < 0) ? datum.withTone(Tone.BAD) : datum);
		}
		chart.series(word("analytics.column.roi"), Series.Style.DEFAULT, Tone.SERIES_1, data);
		chart.threshold(new Threshold(word("dashboard.analytics.break-even"), BigDecimal.ZERO, this.format.ratio(0.0),
				Tone.NEUTRAL));
		return chart.build();
	}

	/**
	 * The share of its planned amount each channel has spent, in its light (green, amber,
	 * red; grey when not planned), against the share of the period that has passed.
	 */
	public Chart board(BudgetBoard board) {
		Chart.Builder chart = Chart.builder("board-chart", ChartKind.BARS, word("dashboard.analytics.board"))
			.description(word("dashboard.analytics.board.description"))
			.valueAxis(Axis.of(word("analytics.column.used"), Unit.PERCENT))
			.horizontal();
		List<Datum> data = new ArrayList<>();
		for (var channel : board.channels()) {
			chart.category(channel.channel());
			BigDecimal used = (channel.used() != null) ? BigDecimal.valueOf(channel.used()).multiply(HUNDRED) : null;
			data.add(
					Datum
						.of(used,
								this.format.percent(channel.used()) + " · "
										+ word("analytics.light." + channel.status()))
						.withTone(tone(channel.status())));
		}
		chart.series(word("analytics.column.used"), Series.Style.DEFAULT, Tone.SERIES_1, data);
		chart.threshold(new Threshold(word("dashboard.analytics.elapsed"),
				BigDecimal.valueOf(board.elapsed()).multiply(HUNDRED), this.format.percent(board.elapsed(), 0),
				Tone.INFO));
		return chart.build();
	}

	private static Tone tone(Status status) {
		return switch (status) {
			case GREEN -> Tone.GOOD;
			case AMBER -> Tone.WARNING;
			case RED -> Tone.BAD;
			case NOT_PLANNED -> Tone.MUTED;
		};
	}

	/**
	 * The forecast fan: the history as a line, then the neutral scenario dashed inside
	 * the band from the conservative to the optimistic scenario.
	 */
	public Chart forecast(ForecastResponse forecast, String title) {
		Chart.Builder chart = Chart.builder("forecast-chart", ChartKind.LINES, title)
			.description(word("dashboard.analytics.forecast.description"))
			.valueAxis(Axis.of(null, Unit.NUMBER));
		List<Datum> history = new ArrayList<>();
		List<Datum> neutral = new ArrayList<>();
		List<Datum> band = new ArrayList<>();
		for (Observation observation : forecast.history()) {
			chart.category(observation.date().toString());
			history.add(Datum.of(BigDecimal.valueOf(observation.value()), this.format.number(observation.value(), 2)));
			neutral.add(Datum.of(null, "—"));
			band.add(Datum.of(null, "—"));
		}
		for (Point point : forecast.forecast()) {
			chart.category(point.date().toString());
			history.add(Datum.of(null, "—"));
			neutral.add(Datum.of(BigDecimal.valueOf(point.neutral()), this.format.number(point.neutral(), 2)));
			band.add(Datum.range(BigDecimal.valueOf(point.conservative()), BigDecimal.valueOf(point.optimistic()),
					this.format.number(point.conservative(), 2) + " – " + this.format.number(point.optimistic(), 2)));
		}
		chart.series(word("dashboard.analytics.history"), Series.Style.DEFAULT, Tone.SERIES_1, history);
		chart.series(word("analytics.scenario.neutral"), Series.Style.DASHED, Tone.SERIES_2, neutral);
		chart.series(word("dashboard.analytics.scenarios"), Series.Style.BAND, Tone.SERIES_2, band);
		return chart.build();
	}

	/** Current against recommended spend per channel. */
	public Chart optimiser(OptimiserResponse optimisation) {
		Chart.Builder chart = Chart.builder("optimiser-chart", ChartKind.BARS, word("dashboard.analytics.optimiser"))
			.description(word("dashboard.analytics.optimiser.description"))
			.valueAxis(Axis.of(optimisation.currency(), Unit.money(optimisation.currency())));
		List<Datum> current = new ArrayList<>();
		List<Datum> recommended = new ArrayList<>();
		for (OptimiserResponse.Channel channel : optimisation.channels()) {
			chart.category(channel.channel());
			current.add(Datum.of(channel.currentSpend(),
					this.format.money(channel.currentSpend(), optimisation.currency())));
			recommended.add(Datum.of(channel.recommendedSpend(),
					this.format.money(channel.recommendedSpend(), optimisation.currency())));
		}
		chart.series(word("analytics.column.current"), Series.Style.DEFAULT, Tone.SERIES_1, current);
		chart.series(word("analytics.column.recommended"), Series.Style.DEFAULT, Tone.SERIES_2, recommended);
		return chart.build();
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
