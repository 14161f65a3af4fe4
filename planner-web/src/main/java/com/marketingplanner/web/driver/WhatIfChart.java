package com.marketingplanner.web.driver;

import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.domain.driver.WhatIfResult;
import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Unit;
import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The what-if as a chart of the chart model: one bar per moved KPI, its change in percent
 * (targets of different units side by side), with its table view.
 */
@Component
class WhatIfChart {

	private final MessageSource messages;

	private final DisplayFormat display;

	WhatIfChart(MessageSource messages, DisplayFormat display) {
		this.messages = messages;
		this.display = display;
	}

	Chart of(WhatIfResult result) {
		String change = word("drivers.whatif.change-percent");
		Chart.Builder chart = Chart.builder("what-if-chart", ChartKind.BARS, word("drivers.whatif.chart"))
			.description(word("drivers.whatif.chart.description"))
			.valueAxis(Axis.of(change, Unit.PERCENT));
		List<Datum> data = new ArrayList<>();
		for (WhatIfResult.KpiMove move : result.moves()) {
			chart.category(move.kpi().name());
			Tone tone = (move.changePercent() == null) ? Tone.MUTED
					: (move.changePercent().signum() >= 0) ? Tone.GOOD : Tone.BAD;
			data.add(Datum.of(move.changePercent(), this.display.percent(move.changePercent())).withTone(tone));
		}
		chart.series(change, Series.Style.DEFAULT, Tone.SERIES_1, data);
		return chart.build();
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
