package com.marketingplanner.web.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.Figure;
import com.marketingplanner.analytics.funnel.StepRate;
import com.marketingplanner.domain.alert.Alert;
import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.analytics.AttributionService;
import com.marketingplanner.domain.analytics.AttributionService.Attribution;
import com.marketingplanner.domain.analytics.FunnelService;
import com.marketingplanner.domain.analytics.FunnelService.CountFunnel;
import com.marketingplanner.domain.analytics.RoiService;
import com.marketingplanner.domain.analytics.RoiService.RoiReport;
import com.marketingplanner.domain.analytics.RoiService.RoiRow;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.web.alert.AlertFormat;
import com.marketingplanner.web.report.QuarterlyReport.AlertLine;
import com.marketingplanner.web.report.QuarterlyReport.Alerts;
import com.marketingplanner.web.report.QuarterlyReport.CreditLine;
import com.marketingplanner.web.report.QuarterlyReport.FunnelStage;
import com.marketingplanner.web.report.QuarterlyReport.Results;
import com.marketingplanner.web.report.QuarterlyReport.RoiLine;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The report's marketing results of a quarter and the plan's open alerts, read from the
 * analytics services the analytics pages use (no figure is computed here): ROI by channel
 * ({@link RoiService}), the funnel of the channel actuals' counts
 * ({@link FunnelService}), the attribution of the quarter's journeys under a few models
 * ({@link AttributionService}), and the unresolved alerts ({@link AlertService}) in the
 * words of the alerts page ({@link AlertFormat}).
 */
@Component
class QuarterlyResults {

	/** The attribution models the report compares, in this order. */
	static final List<String> MODELS = List.of("last", "first", "linear", "time-decay", "position", "markov");

	/** The journey lookback window, as the attribution page's default. */
	static final Duration LOOKBACK = Duration.ofDays(30);

	/** How many open alerts the summary lists (it counts them all). */
	static final int ALERTS_LISTED = 8;

	private final RoiService roi;

	private final FunnelService funnels;

	private final AttributionService attribution;

	private final AlertService alerts;

	private final AlertFormat alertFormat;

	QuarterlyResults(RoiService roi, FunnelService funnels, AttributionService attribution, AlertService alerts,
			AlertFormat alertFormat) {
		this.roi = roi;
		this.funnels = funnels;
		this.attribution = attribution;
		this.alerts = alerts;
		this.alertFormat = alertFormat;
	}

	/**
	 * @param period the quarter's days inside the plan period
	 * @param channelNames the catalog's channel names in the reader's language, by code
	 */
	Results of(long planId, DateRange period, Map<String, String> channelNames) {
		RoiReport report = this.roi.roi(planId, period, null);
		List<RoiLine> roiLines = report.byChannel()
			.stream()
			.map((row) -> roiLine(channelNames.getOrDefault(row.channel(), row.channel()), row))
			.toList();
		CountFunnel counts = this.funnels.counts(period, null);
		List<FunnelStage> stages = new ArrayList<>();
		if (counts.report() != null) {
			for (StepRate step : counts.report().steps()) {
				stages.add(new FunnelStage(step.name(), step.users(), value(step.stepRate()),
						value(step.cumulativeRate())));
			}
		}
		Attribution credits = this.attribution.attribute(planId, period, MODELS, 1, LOOKBACK, Set.of());
		Map<String, Double[]> shares = new LinkedHashMap<>();
		for (AttributionService.Row row : credits.rows()) {
			shares.computeIfAbsent(row.channel(), (channel) -> new Double[MODELS.size()])[MODELS
				.indexOf(row.model())] = row.share();
		}
		List<CreditLine> creditLines = new ArrayList<>();
		shares.forEach((channel, values) -> creditLines
			.add(new CreditLine(channelNames.getOrDefault(channel, channel), List.of(values))));
		return new Results(period.start(), period.end(), roiLines, roiLine(null, report.total()), stages,
				counts.missingStages(), MODELS, creditLines, credits.journeys());
	}

	/** The plan's alerts not resolved yet, newest and most severe first. */
	Alerts openAlerts(long planId) {
		Page<Alert> page = this.alerts.list(planId, AlertFilter.unresolved(), PageRequest.of(0, ALERTS_LISTED));
		return new Alerts(page.getTotalElements(),
				page.getContent()
					.stream()
					.map((alert) -> new AlertLine(alert.getSeverity(), alert.getStatus(),
							this.alertFormat.message(alert), alert.getRaisedAt()))
					.toList());
	}

	private static RoiLine roiLine(String channel, RoiRow row) {
		return new RoiLine(channel, row.plannedSpend(), row.spend(), row.revenue(), row.orders(), row.newCustomers(),
				row.roi(), row.roas(), row.cac());
	}

	private static Double value(Figure figure) {
		return figure.isDefined() ? figure.orElseThrow() : null;
	}

}
