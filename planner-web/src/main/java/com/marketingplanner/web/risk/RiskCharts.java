package com.marketingplanner.web.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Unit;
import com.marketingplanner.web.chart.Zone;
import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The risk charts, from the risks of the register table: the 5×5 probability × impact
 * heat map (probability in percent across, impact 1–5 up) with its zones coloured by the
 * cell's score (bucket × impact ≥ 12 red, ≥ 5 amber, else green, as the register's
 * heat-map cells), each risk a numbered, clickable mark; and the ranking by expected
 * monetary loss (probability × impact amount).
 */
@Component
class RiskCharts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final DisplayFormat display;

	private final MessageSource messages;

	RiskCharts(DisplayFormat display, MessageSource messages) {
		this.display = display;
		this.messages = messages;
	}

	Chart heatMap(long planId, List<Risk> risks, boolean editable) {
		Chart.Builder chart = Chart.builder("risk-heat-map", ChartKind.MATRIX, word("risks.heat-map"))
			.description(word("dashboard.heat-map.description"))
			.xAxis(Axis.of(word("dashboard.heat-map.probability"), Unit.PERCENT).between(BigDecimal.ZERO, HUNDRED))
			.valueAxis(Axis.of(word("dashboard.heat-map.impact"), Unit.NUMBER)
				.between(new BigDecimal("0.5"), new BigDecimal("5.5")));
		for (int bucket = 1; bucket <= 5; bucket++) {
			for (int impact = 1; impact <= 5; impact++) {
				chart.zone(new Zone(BigDecimal.valueOf((bucket - 1) * 20L), BigDecimal.valueOf(bucket * 20L),
						BigDecimal.valueOf(impact).subtract(new BigDecimal("0.5")),
						BigDecimal.valueOf(impact).add(new BigDecimal("0.5")), zoneTone(bucket * impact), null));
			}
		}
		List<Datum> marks = new ArrayList<>();
		for (Risk risk : risks) {
			if (risk.heatMapCell().isEmpty()) {
				continue;
			}
			// the impact level: stated, or mapped from a share or an amount (ADR 0082)
			int impact = risk.impactLevel().orElseThrow();
			BigDecimal percent = risk.probability().asPercentage().points();
			String text = this.messages.getMessage("dashboard.heat-map.point",
					new Object[] { this.display.percent(percent), String.valueOf(impact),
							this.display.number(risk.score().orElseThrow()) },
					LocaleContextHolder.getLocale()) + watchedSignals(risk);
			marks.add(Datum
				.point(percent, BigDecimal.valueOf(impact), (marks.size() + 1) + ". " + risk.getTitle(), text)
				.withTone((risk.getStatus() == RiskStatus.CLOSED) ? Tone.MUTED : null)
				.linkedTo(
						editable ? "/plans/" + planId + "/risks/" + risk.getId() + "/edit" : "#risk-" + risk.getId()));
		}
		chart.series(word("risks.title"), Series.Style.DEFAULT, Tone.SERIES_1, marks);
		return chart.build();
	}

	/**
	 * The signals a risk watches without a threshold, for its mark's details (alerts do
	 * not evaluate them); empty when it has none.
	 */
	private String watchedSignals(Risk risk) {
		List<String> names = risk.watchedSignals()
			.stream()
			.map((trigger) -> (trigger.getMetric() != null) ? trigger.getMetric() : "KPI " + trigger.getKpiId())
			.toList();
		return names.isEmpty() ? "" : " · " + this.messages.getMessage("risks.heat-map.signals",
				new Object[] { String.join("、", names) }, LocaleContextHolder.getLocale());
	}

	/** Risks with an expected monetary loss, largest first. */
	Chart expectedLoss(long planId, List<Risk> risks, String currency) {
		Chart.Builder chart = Chart.builder("risk-expected-loss", ChartKind.BARS, word("dashboard.expected-loss.title"))
			.description(word("dashboard.expected-loss.description"))
			.valueAxis(Axis.of(null, Unit.money(currency)))
			.horizontal();
		List<Risk> ranked = risks.stream()
			.filter((risk) -> risk.expectedMonetaryImpact().isPresent())
			.sorted(Comparator.comparing((Risk risk) -> risk.expectedMonetaryImpact().orElseThrow()).reversed())
			.toList();
		List<Datum> data = new ArrayList<>();
		for (Risk risk : ranked) {
			chart.category(risk.getTitle());
			BigDecimal loss = risk.expectedMonetaryImpact().orElseThrow();
			data.add(Datum.of(loss, this.display.money(loss, currency)).linkedTo("#risk-" + risk.getId()));
		}
		chart.series(word("risks.column.expected"), Series.Style.DEFAULT, Tone.BAD, data);
		return chart.build();
	}

	static Tone zoneTone(int score) {
		if (score >= 12) {
			return Tone.BAD;
		}
		return (score >= 5) ? Tone.WARNING : Tone.GOOD;
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
