package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.marketingplanner.analytics.forecast.ForecastError;
import com.marketingplanner.analytics.forecast.ForecastPoint;
import com.marketingplanner.analytics.forecast.ForecastRequest;
import com.marketingplanner.analytics.forecast.ScenarioForecast;
import com.marketingplanner.analytics.forecast.SeasonalForecast;
import com.marketingplanner.analytics.forecast.Seasonality;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.goal.MeasurementService;
import com.marketingplanner.domain.marketingdata.ChannelActual;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts of a plan's revenue and measured KPIs with three scenarios, computed by the
 * analytics module's {@link SeasonalForecast} (Holt-Winters, additive seasonality;
 * conservative / optimistic = the neutral forecast ∓ the {@value #SCENARIO_LEVEL_PERCENT}
 * % band).
 * <ul>
 * <li><b>revenue</b>: daily revenue of the channel actuals (all channels or those given)
 * from a year before the plan starts to its end, from the first to the last reported day,
 * a day without any report counting as 0; weekly season (7 days); the horizon runs to the
 * plan's end (at least {@value #DEFAULT_HORIZON} days when the data reach it);</li>
 * <li><b>a KPI</b>: its measurements in the order of their period ends, one observation
 * each; the season is 12, 4 or 2 observations — the longest that leaves at least two
 * seasons — unless given; the horizon is one season unless given.</li>
 * </ul>
 * With enough observations the last season is held out first to report the forecast's
 * error on it (MAPE, RMSE). Too little history gives no forecast and says why.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

	static final int SCENARIO_LEVEL_PERCENT = 80;

	static final int DEFAULT_HORIZON = 30;

	/** Reason: fewer observations than two seasons. */
	public static final String TOO_LITTLE_HISTORY = "too-little-history";

	private final PlanService plans;

	private final MarketingData data;

	private final KpiService kpis;

	private final MeasurementService measurements;

	public ForecastService(PlanService plans, MarketingData data, KpiService kpis, MeasurementService measurements) {
		this.plans = plans;
		this.data = data;
		this.kpis = kpis;
		this.measurements = measurements;
	}

	/**
	 * The revenue forecast.
	 * @param channels channel codes, empty or null for all
	 * @param horizon days to forecast after the last report, or null for the default
	 */
	public Forecast revenue(long planId, Set<String> channels, Integer horizon) {
		Plan plan = this.plans.get(planId);
		DateRange history = new DateRange(plan.getPeriodStart().minusYears(1), plan.getPeriodEnd());
		TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
		for (ChannelActual actual : this.data.channelActuals(history, channels)) {
			if (actual.revenue() != null) {
				byDay.merge(actual.day(), actual.revenue(), BigDecimal::add);
			}
		}
		List<Observation> observations = new ArrayList<>();
		if (!byDay.isEmpty()) {
			for (LocalDate day = byDay.firstKey(); !day.isAfter(byDay.lastKey()); day = day.plusDays(1)) {
				observations.add(new Observation(day, byDay.getOrDefault(day, BigDecimal.ZERO).doubleValue()));
			}
		}
		int steps;
		if (horizon != null) {
			steps = horizon;
		}
		else {
			long toEnd = observations.isEmpty() ? DEFAULT_HORIZON
					: ChronoUnit.DAYS.between(observations.get(observations.size() - 1).date(), plan.getPeriodEnd());
			steps = (int) Math.max(DEFAULT_HORIZON, Math.min(366, toEnd));
		}
		return forecast("revenue", null, observations, 7, steps, 1);
	}

	/**
	 * The forecast of a KPI of the plan from its measurements.
	 * @param season observations per season, or null to choose one
	 * @param horizon observations to forecast, or null for one season
	 */
	public Forecast kpi(long planId, long kpiId, Integer season, Integer horizon) {
		Kpi kpi = this.kpis.get(planId, kpiId);
		List<Observation> observations = this.measurements.list(planId, kpiId)
			.stream()
			.sorted(Comparator.comparing(KpiMeasurement::getPeriodEnd).thenComparing(KpiMeasurement::getId))
			.map((measurement) -> new Observation(measurement.getPeriodEnd(), measurement.getValue().doubleValue()))
			.toList();
		int chosen = (season != null) ? season : chooseSeason(observations.size());
		int steps = (horizon != null) ? horizon : chosen;
		long stepDays = (observations.size() >= 2)
				? Math.max(1, ChronoUnit.DAYS.between(observations.get(observations.size() - 2).date(),
						observations.get(observations.size() - 1).date()))
				: 30;
		return forecast("kpi", kpi.getName(), observations, chosen, steps, stepDays);
	}

	private static int chooseSeason(int observations) {
		for (int season : new int[] { 12, 4, 2 }) {
			if (observations >= 2 * season) {
				return season;
			}
		}
		return 2;
	}

	private static Forecast forecast(String metric, String name, List<Observation> observations, int season,
			int horizon, long stepDays) {
		double level = SCENARIO_LEVEL_PERCENT / 100.0;
		if (observations.size() < 2 * season) {
			return new Forecast(metric, name, season, horizon, level, observations, List.of(), null,
					TOO_LITTLE_HISTORY);
		}
		double[] series = observations.stream().mapToDouble(Observation::value).toArray();
		int holdout = (series.length - season >= 2 * season) ? season : 0;
		ScenarioForecast result = SeasonalForecast
			.forecast(new ForecastRequest(series, season, horizon, holdout, Seasonality.ADDITIVE, level));
		LocalDate last = observations.get(observations.size() - 1).date();
		List<Point> points = new ArrayList<>();
		for (ForecastPoint point : result.points()) {
			points.add(new Point(last.plusDays(stepDays * point.step()), point.conservative(), point.neutral(),
					point.optimistic()));
		}
		return new Forecast(metric, name, season, horizon, level, observations, points,
				result.holdoutError().orElse(null), null);
	}

	/**
	 * A forecast.
	 *
	 * @param metric {@code revenue} or {@code kpi}
	 * @param name the KPI's name, {@code null} for revenue
	 * @param season observations per season
	 * @param horizon observations forecast
	 * @param scenarioLevel the coverage of the band between the conservative and the
	 * optimistic scenario
	 * @param history the observations used
	 * @param points the forecast, empty when there is none
	 * @param holdoutError the error on the held-out last season, or {@code null}
	 * @param undefinedReason why there is no forecast, or {@code null}
	 */
	public record Forecast(String metric, String name, int season, int horizon, double scenarioLevel,
			List<Observation> history, List<Point> points, ForecastError holdoutError, String undefinedReason) {
	}

	/** One observation of the history. */
	public record Observation(LocalDate date, double value) {
	}

	/** One forecast step: the three scenarios. */
	public record Point(LocalDate date, double conservative, double neutral, double optimistic) {
	}

}
