package com.marketingplanner.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.report.Quarter;
import com.marketingplanner.web.export.ExportTableName;

import org.springframework.stereotype.Component;

/**
 * The quarter picker of the plan page ("Export quarter…"): the quarters of the plan
 * period, today's quarter chosen when the plan runs now, else the last one that has
 * begun, else the first. Templates reach it as {@code @reportQuarters}.
 */
@Component("reportQuarters")
public class ReportQuarters {

	private final Clock clock;

	ReportQuarters(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public List<Quarter> of(Plan plan) {
		return Quarter.covering(plan.period());
	}

	public Quarter preselected(Plan plan) {
		List<Quarter> quarters = of(plan);
		Quarter now = Quarter.of(LocalDate.now(this.clock));
		return quarters.stream()
			.filter((quarter) -> quarter.compareTo(now) <= 0)
			.reduce((first, second) -> second)
			.orElse(quarters.get(0));
	}

	/** The names of the exported tables, for the export links. */
	public List<String> tables() {
		return ExportTableName.names();
	}

}
