package com.marketingplanner.web.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.TimelineOverview;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Link;
import com.marketingplanner.web.chart.Marker;
import com.marketingplanner.web.chart.Span;
import com.marketingplanner.web.chart.Tone;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Gantt chart of a plan's timeline, from the same {@link TimelineOverview} as the
 * page's tables: one row per phase (its bar and its milestones), a row for milestones
 * without a phase, dependency arrows, gated milestones flagged (their conditions and
 * where the gate stands in the tooltip), status colours and a line at today. Each bar and
 * milestone links to its edit form when the reader may edit, else to its row in the
 * tables.
 */
@Component
class TimelineCharts {

	private final MessageSource messages;

	private final GateTexts gateTexts;

	TimelineCharts(MessageSource messages, GateTexts gateTexts) {
		this.messages = messages;
		this.gateTexts = gateTexts;
	}

	Chart gantt(long planId, TimelineOverview overview, Map<Long, String> kpiNames, MilestoneGates gates,
			boolean editable, LocalDate today) {
		Chart.Builder chart = Chart.builder("gantt", ChartKind.TIMELINE, word("dashboard.gantt.title"))
			.description(word("dashboard.gantt.description"));
		LocalDate first = overview.planPeriod().start();
		LocalDate last = overview.planPeriod().end();
		List<Milestone> all = new ArrayList<>();
		int row = 0;
		for (TimelineOverview.PhaseMilestones phaseMilestones : overview.phases()) {
			Phase phase = phaseMilestones.phase();
			chart.row(phase.getName());
			chart.span(new Span("p" + phase.getId(), row, phase.getStartDate(), phase.getEndDate(), phase.getName(),
					phase.getFocus(), phaseTone(phase, today), false, false,
					editable ? "/plans/" + planId + "/timeline/phases/" + phase.getId() + "/edit"
							: "#phase-" + phase.getId()));
			first = min(first, phase.getStartDate());
			last = max(last, phase.getEndDate());
			for (Milestone milestone : phaseMilestones.milestones()) {
				chart.span(milestoneSpan(planId, milestone, row, kpiNames, gates, editable, today));
				all.add(milestone);
			}
			row++;
		}
		if (!overview.unphased().isEmpty()) {
			chart.row(word("timeline.unphased"));
			for (Milestone milestone : overview.unphased()) {
				chart.span(milestoneSpan(planId, milestone, row, kpiNames, gates, editable, today));
				all.add(milestone);
			}
		}
		for (Milestone milestone : all) {
			first = min(first, milestone.getDueDate());
			last = max(last, milestone.getDueDate());
			for (Long dependency : milestone.getDependsOnIds()) {
				chart.link(new Link("m" + dependency, "m" + milestone.getId()));
			}
		}
		if (!today.isBefore(first) && !today.isAfter(last)) {
			chart.marker(new Marker(word("dashboard.gantt.today"), today, Tone.BAD));
		}
		return chart.period(first, last).build();
	}

	private Span milestoneSpan(long planId, Milestone milestone, int row, Map<Long, String> kpiNames,
			MilestoneGates gates, boolean editable, LocalDate today) {
		String status = this.messages.getMessage("enum.MilestoneStatus." + milestone.getStatus(), null,
				LocaleContextHolder.getLocale());
		String gate = this.gateTexts.describe(milestone, gates.of(milestone), kpiNames);
		return new Span("m" + milestone.getId(), row, milestone.getDueDate(), milestone.getDueDate(),
				milestone.getTitle(), (gate != null) ? status + " · " + gate : status, milestoneTone(milestone, today),
				true, gate != null,
				editable ? "/plans/" + planId + "/timeline/milestones/" + milestone.getId() + "/edit"
						: "#milestone-" + milestone.getId());
	}

	/**
	 * Status colours: done green, missed red, overdue amber, in progress blue, else
	 * neutral.
	 */
	static Tone milestoneTone(Milestone milestone, LocalDate today) {
		MilestoneStatus status = milestone.getStatus();
		return switch (status) {
			case DONE -> Tone.GOOD;
			case MISSED -> Tone.BAD;
			case CANCELLED -> Tone.MUTED;
			case IN_PROGRESS -> milestone.isOverdueOn(today) ? Tone.WARNING : Tone.INFO;
			case PLANNED -> milestone.isOverdueOn(today) ? Tone.WARNING : Tone.SERIES_1;
		};
	}

	private static Tone phaseTone(Phase phase, LocalDate today) {
		if (phase.getEndDate().isBefore(today)) {
			return Tone.NEUTRAL;
		}
		return phase.contains(today) ? Tone.INFO : Tone.SERIES_1;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
