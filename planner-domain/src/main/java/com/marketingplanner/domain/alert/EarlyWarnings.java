package com.marketingplanner.domain.alert;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.marketingplanner.analytics.goal.Attainment;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.analytics.guardrail.Guardrails;
import com.marketingplanner.analytics.guardrail.TriggerConditions;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetWarning;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskTrigger;
import com.marketingplanner.domain.risk.TriggerCondition;

import org.springframework.stereotype.Component;

/**
 * Evaluates a plan's guardrails and risk indicators into {@link Finding findings}. The
 * rules themselves have their one home elsewhere; this only collects what fired:
 * <ul>
 * <li>the budget check ({@link BudgetCheckService}): {@code rule-roi-floor} and
 * {@code rule-sales-yield-floor} → {@link AlertRule#ROI_BELOW_FLOOR} (critical when the
 * channel does not even return its spend, {@link Guardrails#losesMoney});
 * {@code rule-overspend-freeze} → {@link AlertRule#OVERSPEND} (critical);
 * {@code rule-channel-cap} and {@code rule-month-spend-above-share} →
 * {@link AlertRule#SHARE_ABOVE_CAP};</li>
 * <li>each KPI of the plan (not benchmark cases) whose latest measurement is worse than
 * its baseline — the red band, {@link GoalStatus#BELOW_BASELINE} of
 * {@link Kpi#attainment} — → {@link AlertRule#KPI_PAST_WARNING_LINE};</li>
 * <li>each risk that is not closed whose early-warning indicator (a KPI threshold) is met
 * by the KPI's latest measurement → {@link AlertRule#RISK_INDICATOR_PAST_THRESHOLD}; an
 * indicator of change over a period ({@link TriggerCondition#CHANGE_BEYOND}) compares the
 * latest measurement with the one at the start of its period ({@link #startOfPeriod}); a
 * watched signal without a threshold ({@link TriggerCondition#SIGNAL}) is not
 * evaluated.</li>
 * </ul>
 */
@Component
class EarlyWarnings {

	static final String KPI_MESSAGE_KEY = "alerts.finding.kpi-past-warning-line";

	static final String RISK_MESSAGE_KEY = "alerts.finding.risk-indicator";

	static final String RISK_CHANGE_MESSAGE_KEY = "alerts.finding.risk-indicator-change";

	private static final Map<String, String> ENGLISH = Map.of(KPI_MESSAGE_KEY,
			"KPI “{0}” is at {2} {1}, worse than its warning line (baseline) of {3}; the target is {4}.",
			RISK_MESSAGE_KEY, "The early-warning indicator of risk “{0}” fired: {1} {3}, now {2}.",
			RISK_CHANGE_MESSAGE_KEY,
			"The early-warning indicator of risk “{0}” fired: {1} moved {2} in {6} days (from {4} to {5}), "
					+ "more than its line of {3}.");

	private final BudgetCheckService budgetCheck;

	private final KpiService kpis;

	private final RiskService risks;

	EarlyWarnings(BudgetCheckService budgetCheck, KpiService kpis, RiskService risks) {
		this.budgetCheck = budgetCheck;
		this.kpis = kpis;
		this.risks = risks;
	}

	List<Finding> evaluate(long planId) {
		List<Finding> findings = new ArrayList<>();
		BudgetReport report = this.budgetCheck.check(planId);
		for (BudgetWarning warning : report.warnings()) {
			Finding finding = fromBudget(warning);
			if (finding != null) {
				findings.add(finding);
			}
		}
		List<Kpi> kpis = this.kpis.all(planId, KpiFilter.none());
		Map<Long, KpiMeasurement> latest = this.kpis.latestMeasurements(kpis);
		for (Kpi kpi : kpis) {
			KpiMeasurement measurement = latest.get(kpi.getId());
			if (kpi.isBenchmarkCase() || measurement == null) {
				continue;
			}
			Attainment attainment = kpi.attainment(measurement.getValue());
			if (attainment.status() == GoalStatus.BELOW_BASELINE) {
				findings.add(finding(AlertRule.KPI_PAST_WARNING_LINE, "kpi:" + kpi.getId(), AlertSeverity.WARNING,
						KPI_MESSAGE_KEY, kpi.getName(), kpi.getUnit(),
						List.of(new BudgetFigure("actual", BudgetFigure.Kind.RATIO, measurement.getValue()),
								new BudgetFigure("warningLine", BudgetFigure.Kind.RATIO, kpi.getBaseline()),
								new BudgetFigure("target", BudgetFigure.Kind.RATIO, kpi.getTarget()))));
			}
		}
		Map<Long, Kpi> kpisById = new java.util.HashMap<>();
		kpis.forEach((kpi) -> kpisById.put(kpi.getId(), kpi));
		Map<Long, List<KpiMeasurement>> history = null;
		for (Risk risk : this.risks.all(planId)) {
			if (risk.getStatus() == RiskStatus.CLOSED) {
				continue;
			}
			List<RiskTrigger> triggers = risk.getTriggers();
			for (int index = 0; index < triggers.size(); index++) {
				RiskTrigger trigger = triggers.get(index);
				if (!trigger.isEvaluable()) {
					// a watched signal without a threshold: nothing to compare with
					continue;
				}
				Kpi kpi = trigger.measuresKpi() ? kpisById.get(trigger.getKpiId()) : null;
				KpiMeasurement measurement = (kpi != null) ? latest.get(kpi.getId()) : null;
				if (measurement == null) {
					continue;
				}
				String subjectKey = "risk:" + risk.getId() + ":" + index;
				if (trigger.getCondition() == TriggerCondition.CHANGE_BEYOND) {
					if (history == null) {
						history = this.kpis.measurementHistory(kpis);
					}
					KpiMeasurement earlier = startOfPeriod(history.getOrDefault(kpi.getId(), List.of()), measurement,
							trigger.getPeriodDays());
					if (earlier != null && trigger.firesAt(measurement.getValue(), earlier.getValue())) {
						findings.add(changeFinding(risk, subjectKey, kpi, trigger, earlier, measurement));
					}
					continue;
				}
				if (!trigger.firesAt(measurement.getValue(), null)) {
					continue;
				}
				findings.add(finding(AlertRule.RISK_INDICATOR_PAST_THRESHOLD, subjectKey, AlertSeverity.WARNING,
						RISK_MESSAGE_KEY, risk.getTitle(), kpi.getName() + " " + trigger.getCondition().symbol(),
						List.of(new BudgetFigure("value", BudgetFigure.Kind.RATIO, measurement.getValue()),
								new BudgetFigure("threshold", BudgetFigure.Kind.RATIO, trigger.getValue()))));
			}
		}
		return findings;
	}

	/**
	 * The measurement a change over a period starts from: with a period of {@code days},
	 * the latest measurement whose period ended at least that many days before the latest
	 * one ended (none yet: the change is not measurable and fires nothing); without a
	 * period, the measurement before the latest.
	 * @param oldestFirst the KPI's measurements, oldest first (ending with
	 * {@code latest})
	 */
	static KpiMeasurement startOfPeriod(List<KpiMeasurement> oldestFirst, KpiMeasurement latest, Integer days) {
		KpiMeasurement start = null;
		for (KpiMeasurement candidate : oldestFirst) {
			if (candidate == latest || candidate.getId().equals(latest.getId())) {
				continue;
			}
			boolean before = (days != null) ? !candidate.period().end().isAfter(latest.period().end().minusDays(days))
					: !candidate.period().end().isAfter(latest.period().end());
			if (before) {
				start = candidate;
			}
		}
		return start;
	}

	private static Finding changeFinding(Risk risk, String subjectKey, Kpi kpi, RiskTrigger trigger,
			KpiMeasurement earlier, KpiMeasurement now) {
		BigDecimal change = TriggerConditions.changePercent(earlier.getValue(), now.getValue()).orElseThrow();
		long days = java.time.temporal.ChronoUnit.DAYS.between(earlier.period().end(), now.period().end());
		return finding(AlertRule.RISK_INDICATOR_PAST_THRESHOLD, subjectKey, AlertSeverity.WARNING,
				RISK_CHANGE_MESSAGE_KEY, risk.getTitle(), kpi.getName(),
				List.of(new BudgetFigure("change", BudgetFigure.Kind.PERCENT, change),
						new BudgetFigure("threshold", BudgetFigure.Kind.PERCENT, trigger.getValue()),
						new BudgetFigure("earlier", BudgetFigure.Kind.RATIO, earlier.getValue()),
						new BudgetFigure("value", BudgetFigure.Kind.RATIO, now.getValue()),
						new BudgetFigure("days", BudgetFigure.Kind.RATIO, BigDecimal.valueOf(days))));
	}

	private static Finding fromBudget(BudgetWarning warning) {
		String key = "rule:" + warning.subjectId() + "|" + warning.subject() + "|"
				+ ((warning.detail() != null) ? warning.detail() : "");
		return switch (warning.code()) {
			case "rule-roi-floor", "rule-sales-yield-floor" -> {
				BigDecimal spend = warning.figure("spend").value();
				BigDecimal revenue = warning.figure("revenue").value();
				yield new Finding(AlertRule.ROI_BELOW_FLOOR, key,
						Guardrails.losesMoney(spend, revenue) ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
						warning.messageKey(), warning.subject(), warning.detail(), warning.figures(),
						warning.message());
			}
			case "rule-overspend-freeze" -> new Finding(AlertRule.OVERSPEND, key, AlertSeverity.CRITICAL,
					warning.messageKey(), warning.subject(), warning.detail(), warning.figures(), warning.message());
			case "rule-channel-cap", "rule-month-spend-above-share" ->
				new Finding(AlertRule.SHARE_ABOVE_CAP, key, AlertSeverity.WARNING, warning.messageKey(),
						warning.subject(), warning.detail(), warning.figures(), warning.message());
			default -> null;
		};
	}

	private static Finding finding(AlertRule rule, String subjectKey, AlertSeverity severity, String messageKey,
			String subject, String detail, List<BudgetFigure> figures) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(subject);
		arguments.add((detail != null) ? detail : "");
		figures.forEach((figure) -> arguments.add((figure.kind() == BudgetFigure.Kind.PERCENT && figure.value() != null)
				? figure.value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%"
				: BudgetFigure.plainRatio(figure.value())));
		String message = new MessageFormat(ENGLISH.get(messageKey), Locale.ENGLISH).format(arguments.toArray());
		return new Finding(rule, subjectKey, severity, messageKey, subject, detail, figures, message);
	}

}
