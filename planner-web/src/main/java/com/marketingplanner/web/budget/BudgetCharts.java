package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetReport;
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
 * The budget charts, from the budget check's report and line tree (the numbers of the
 * budget page's tables): the split by channel (or, without channels, by top-level line)
 * and planned against actual spend per top-level line.
 */
@Component
public class BudgetCharts {

	private final DisplayFormat display;

	private final MessageSource messages;

	BudgetCharts(DisplayFormat display, MessageSource messages) {
		this.display = display;
		this.messages = messages;
	}

	/**
	 * The split of the allocated budget as a donut: by channel when lines name channels,
	 * else by top-level line.
	 */
	public Chart split(String id, BudgetReport report, List<BudgetLineNode> tree, Map<String, String> channelNames) {
		String currency = report.currency();
		Chart.Builder chart = Chart.builder(id, ChartKind.DONUT, word("dashboard.budget.split"))
			.valueAxis(Axis.of(null, Unit.money(currency)));
		List<Datum> data = new ArrayList<>();
		if (!report.channels().isEmpty()) {
			chart.description(word("dashboard.budget.split.by-channel"));
			for (BudgetReport.ScopeTotal total : report.channels()) {
				chart.category(channelNames.getOrDefault(total.key(), total.key()));
				data.add(Datum.of(total.amount(), share(total.amount(), currency, total.sharePercent())));
			}
		}
		else {
			chart.description(word("dashboard.budget.split.by-line"));
			for (BudgetLineNode node : tree) {
				chart.category(node.name());
				data.add(
						Datum.of(node.effectiveAmount(), share(node.effectiveAmount(), currency, node.shareOfTotal())));
			}
		}
		chart.series(word("budget.column.effective"), Series.Style.DEFAULT, Tone.SERIES_1, data);
		return chart.build();
	}

	/** Planned (effective) against spent per top-level line. */
	public Chart planVsActual(String id, String currency, List<BudgetLineNode> tree) {
		Chart.Builder chart = Chart.builder(id, ChartKind.BARS, word("dashboard.budget.plan-vs-actual"))
			.valueAxis(Axis.of(null, Unit.money(currency)))
			.horizontal();
		List<Datum> planned = new ArrayList<>();
		List<Datum> spent = new ArrayList<>();
		for (BudgetLineNode node : tree) {
			chart.category(node.name());
			planned.add(Datum.of(node.effectiveAmount(), this.display.money(node.effectiveAmount(), currency)));
			BigDecimal spend = (node.spent() != null) ? node.spent() : BigDecimal.ZERO;
			Tone tone = (node.effectiveAmount() != null && spend.compareTo(node.effectiveAmount()) > 0) ? Tone.BAD
					: null;
			spent.add(Datum.of(spend, this.display.money(spend, currency)).withTone(tone));
		}
		chart.series(word("budget.column.effective"), Series.Style.DEFAULT, Tone.SERIES_1, planned);
		chart.series(word("budget.column.spent"), Series.Style.DEFAULT, Tone.SERIES_2, spent);
		return chart.build();
	}

	private String share(BigDecimal amount, String currency, BigDecimal percent) {
		return this.display.money(amount, currency)
				+ ((percent != null) ? " (" + this.display.percent(percent) + ")" : "");
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
