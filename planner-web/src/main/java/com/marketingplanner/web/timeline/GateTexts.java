package com.marketingplanner.web.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.timeline.GateCondition;
import com.marketingplanner.domain.timeline.GateEvaluation;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A milestone gate in the reader's language, the same on the timeline page, the Gantt
 * chart's tooltips, the quarterly report and the exports: each condition ("用户规模 ≥
 * 300,000", or its words) with where it stands, and the gate's state.
 */
@Component("gateTexts")
public class GateTexts {

	private final MessageSource messages;

	private final DisplayFormat display;

	GateTexts(MessageSource messages, DisplayFormat display) {
		this.messages = messages;
		this.display = display;
	}

	/**
	 * A condition in words: a KPI comparison as "KPI ≥ value" with its text in brackets,
	 * a condition in words as its text.
	 */
	public String condition(GateCondition condition, Map<Long, String> kpiNames) {
		if (!condition.isKpiComparison()) {
			return condition.getText();
		}
		String kpi = (condition.getKpiId() != null)
				? kpiNames.getOrDefault(condition.getKpiId(), "KPI " + condition.getKpiId())
				: word("timeline.gate.kpi-deleted");
		String comparison = kpi + " " + (condition.getOperator().symbol().equals(">=") ? "≥" : "≤") + " "
				+ this.display.number(condition.getValue());
		return (condition.getText() != null) ? comparison + " (" + condition.getText() + ")" : comparison;
	}

	/**
	 * The whole gate on one line: how its conditions combine, each condition with its
	 * state, and the gate's state; {@code null} without a gate.
	 */
	public String describe(Milestone milestone, GateEvaluation evaluation, Map<Long, String> kpiNames) {
		if (!milestone.hasGate() || evaluation == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		List<GateCondition> conditions = milestone.getGateConditions();
		for (int i = 0; i < conditions.size(); i++) {
			parts.add(message("timeline.gate.condition-state", condition(conditions.get(i), kpiNames),
					word("enum.GateState." + evaluation.condition(i))));
		}
		String summary = message("timeline.gate.summary", word("enum.GateMatch." + milestone.getGateMatch()),
				String.join(word("timeline.gate.separator"), parts), word("enum.GateState." + evaluation.state()));
		return message("dashboard.gantt.gate", summary);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
