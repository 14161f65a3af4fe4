package com.marketingplanner.web.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.Figure;
import com.marketingplanner.analytics.funnel.FunnelReport;
import com.marketingplanner.analytics.funnel.StepRate;
import com.marketingplanner.analytics.funnel.TimeToConvert;
import com.marketingplanner.domain.analytics.Computed;
import com.marketingplanner.domain.analytics.FunnelService.EventFunnelOutcome;
import com.marketingplanner.domain.shared.DateRange;

/**
 * The event funnel of a plan's period as the API shows it: {@code steps} with the users
 * reaching each and the step and cumulative rates (fractions; {@code null} when not
 * defined), the bottleneck step, the breakdown by the events' property and the
 * time-to-convert distribution.
 *
 * @param window the conversion window, ISO-8601
 * @param bottleneck the 1-based step with the lowest step rate, {@code null} when none
 * @param breakdown per property value, when asked for
 */
public record FunnelResponse(Instant computedAt, long dataVersion, boolean cached, DateRange period,
		List<String> events, Duration window, String order, List<Step> steps, Integer bottleneck, String breakdownFrom,
		List<Breakdown> breakdown, TimeToConvertResponse timeToConvert, int storedEvents, int users,
		String howComputed) {

	static FunnelResponse from(Computed<EventFunnelOutcome> computed, String howComputed) {
		EventFunnelOutcome outcome = computed.value();
		List<Breakdown> breakdown = new ArrayList<>();
		for (Map.Entry<String, FunnelReport> entry : outcome.result().breakdown().entrySet()) {
			breakdown.add(new Breakdown(entry.getKey(), steps(entry.getValue())));
		}
		TimeToConvert time = outcome.result().timeToConvert();
		return new FunnelResponse(computed.computedAt(), computed.dataVersion(), computed.cached(), outcome.period(),
				outcome.spec().steps(), outcome.spec().window(), outcome.spec().order().name().toLowerCase(),
				steps(outcome.result().overall()), bottleneck(outcome.result().overall()),
				(outcome.result().breakdownSource() != null) ? outcome.result().breakdownSource().name() : null,
				breakdown, (time != null) ? TimeToConvertResponse.from(time) : null, outcome.events(), outcome.users(),
				howComputed);
	}

	static List<Step> steps(FunnelReport report) {
		return report.steps()
			.stream()
			.map((step) -> new Step(step.index() + 1, step.name(), step.users(), value(step.stepRate()),
					value(step.cumulativeRate()), step.dropOff()))
			.toList();
	}

	static Integer bottleneck(FunnelReport report) {
		return report.bottleneck().isPresent() ? report.bottleneck().getAsInt() + 1 : null;
	}

	static Double value(Figure figure) {
		return figure.isDefined() ? figure.orElseThrow() : null;
	}

	/**
	 * One step.
	 *
	 * @param step 1-based position
	 * @param event the step's event name (the stage name of a counts funnel)
	 * @param stepRate users ÷ users of the previous step
	 * @param cumulativeRate users ÷ users of step 1
	 * @param dropOff users of the previous step − users
	 */
	public record Step(int step, String event, long users, Double stepRate, Double cumulativeRate, long dropOff) {

		static Step of(StepRate rate) {
			return new Step(rate.index() + 1, rate.name(), rate.users(), value(rate.stepRate()),
					value(rate.cumulativeRate()), rate.dropOff());
		}

	}

	/** The funnel of the users with one property value. */
	public record Breakdown(String value, List<Step> steps) {
	}

	/** How long the converting users took, percentiles and histogram. */
	public record TimeToConvertResponse(long converters, List<TimeToConvert.Percentile> percentiles,
			List<TimeToConvert.Bucket> histogram) {

		static TimeToConvertResponse from(TimeToConvert time) {
			return new TimeToConvertResponse(time.converters(), time.percentiles(), time.histogram());
		}

	}

}
