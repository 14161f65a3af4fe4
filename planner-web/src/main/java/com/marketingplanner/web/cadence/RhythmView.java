package com.marketingplanner.web.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marketingplanner.domain.cadence.CadenceOccurrence;
import com.marketingplanner.domain.cadence.CadenceService;
import com.marketingplanner.domain.plan.Plan;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The plan's rhythm for other pages (timeline, calendar): {@code ${@rhythm.next(plan)}}
 * gives the next date of each entry from today (from the plan start before it begins),
 * soonest first.
 */
@Component("rhythm")
public class RhythmView {

	private final CadenceService cadences;

	private final Clock clock;

	RhythmView(CadenceService cadences, ObjectProvider<Clock> clock) {
		this.cadences = cadences;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	public List<CadenceOccurrence> next(Plan plan) {
		List<CadenceOccurrence> next = new ArrayList<>(
				this.cadences.nextOccurrences(plan.getId(), LocalDate.now(this.clock)));
		next.sort(Comparator.comparing(CadenceOccurrence::date));
		return next;
	}

	/** How many entries the plan's rhythm has. */
	public int size(Plan plan) {
		return this.cadences.all(plan.getId()).size();
	}

}
