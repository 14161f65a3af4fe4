package com.marketingplanner.web.report;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** The charts of the quarterly report, as SVG documents. */
@Component
class ReportCharts {

	Charts of(QuarterlyReport report, Locale locale) {
		return new Charts(null, null, null, null, null);
	}

	/** Each chart as an SVG element, or {@code null} when there is nothing to draw. */
	record Charts(String kpiStatus, String budgetLines, String budgetChannels, String gantt, String heatMap) {
	}

}
