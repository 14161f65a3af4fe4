package com.marketingplanner.domain.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's meeting and report rhythm: its entries in order and their dates. One
 * transaction per action; everything is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class CadenceService {

	/** The most dates one calendar query returns. */
	public static final int MAX_OCCURRENCES = 2000;

	private final PlanService plans;

	private final CadenceRepository cadences;

	public CadenceService(PlanService plans, CadenceRepository cadences) {
		this.plans = plans;
		this.cadences = cadences;
	}

	public List<Cadence> all(long planId) {
		this.plans.get(planId);
		return this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Cadence get(long planId, long cadenceId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.cadences.findById(cadenceId), "Cadence", cadenceId);
	}

	@Transactional
	public Cadence add(long planId, CadenceCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Cadence> all = new ArrayList<>(this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId));
		int position = OrderedTree.clamp(command.position(), all.size());
		Cadence cadence = new Cadence(plan, position, command.name(), command.kind());
		apply(cadence, command);
		all.add(position, cadence);
		OrderedTree.renumber(all, Cadence::placeAt);
		return this.cadences.save(cadence);
	}

	@Transactional
	public Cadence update(long planId, long cadenceId, CadenceCommand command) {
		this.plans.getEditable(planId);
		Cadence cadence = get(planId, cadenceId);
		cadence.requireVersion(command.version());
		apply(cadence, command);
		if (command.position() != null && command.position() != cadence.getPosition()) {
			List<Cadence> all = new ArrayList<>(this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(cadence);
			all.add(OrderedTree.clamp(command.position(), all.size()), cadence);
			OrderedTree.renumber(all, Cadence::placeAt);
		}
		return this.cadences.saveAndFlush(cadence);
	}

	@Transactional
	public void delete(long planId, long cadenceId, long version) {
		this.plans.getEditable(planId);
		Cadence cadence = get(planId, cadenceId);
		cadence.requireVersion(version);
		this.cadences.delete(cadence);
		this.cadences.flush();
		List<Cadence> rest = new ArrayList<>(this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId));
		rest.remove(cadence);
		OrderedTree.renumber(rest, Cadence::placeAt);
	}

	/**
	 * The dates of every entry between {@code from} and {@code to} (both inside the plan;
	 * null = the plan's first / last day), by date, then in the entries' order.
	 * @param limit the most dates (at most {@link #MAX_OCCURRENCES})
	 * @throws BusinessRuleViolation when {@code to} is before {@code from}
	 */
	public List<CadenceOccurrence> occurrences(long planId, LocalDate from, LocalDate to, int limit) {
		Plan plan = this.plans.get(planId);
		DateRange period = plan.period();
		LocalDate start = (from == null || from.isBefore(period.start())) ? period.start() : from;
		LocalDate end = (to == null || to.isAfter(period.end())) ? period.end() : to;
		if (from != null && to != null && to.isBefore(from)) {
			throw new BusinessRuleViolation("to", "error.cadence.window-reversed",
					"The end of the window ({1}) comes before its start ({0})", from, to);
		}
		int cap = Math.max(0, Math.min(limit, MAX_OCCURRENCES));
		List<CadenceOccurrence> dates = new ArrayList<>();
		if (start.isAfter(end)) {
			return dates;
		}
		DateRange window = new DateRange(start, end);
		for (Cadence cadence : this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId)) {
			cadence.occurrences(period, window, cap).forEach((date) -> dates.add(new CadenceOccurrence(date, cadence)));
		}
		dates.sort(Comparator.comparing(CadenceOccurrence::date)
			.thenComparing((occurrence) -> occurrence.cadence().getPosition()));
		return (dates.size() > cap) ? new ArrayList<>(dates.subList(0, cap)) : dates;
	}

	/**
	 * The next date of each entry on or after {@code day} inside the plan (the plan's
	 * first day when {@code day} is before it), in the entries' order; entries without a
	 * further date are left out.
	 */
	public List<CadenceOccurrence> nextOccurrences(long planId, LocalDate day) {
		Plan plan = this.plans.get(planId);
		DateRange period = plan.period();
		LocalDate start = day.isBefore(period.start()) ? period.start() : day;
		List<CadenceOccurrence> next = new ArrayList<>();
		if (start.isAfter(period.end())) {
			return next;
		}
		DateRange window = new DateRange(start, period.end());
		for (Cadence cadence : this.cadences.findByPlanIdOrderByPositionAscIdAsc(planId)) {
			cadence.occurrences(period, window, 1).forEach((date) -> next.add(new CadenceOccurrence(date, cadence)));
		}
		return next;
	}

	private static void apply(Cadence cadence, CadenceCommand command) {
		cadence.rename(command.name(), command.kind());
		cadence.recur(command.frequency(), command.timesPerPeriod());
		cadence.applyInWeeks(command.firstWeek(), command.lastWeek());
		cadence.organise(command.owner(), command.participants(), command.agenda(), command.durationMinutes(),
				command.metricCount());
	}

}
