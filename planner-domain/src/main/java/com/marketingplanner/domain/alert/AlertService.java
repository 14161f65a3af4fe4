package com.marketingplanner.domain.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanFilter;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's early warnings: evaluated after every import and on demand
 * ({@link EarlyWarnings}), kept as {@link Alert alerts} without duplicates — the same
 * rule firing about the same subject refreshes the unresolved alert it already has — and
 * acknowledged or resolved by planners. Closed and archived plans are not evaluated.
 * Evaluations of one plan run one at a time (a transaction-scoped advisory lock), so two
 * at once cannot raise the same alert twice.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

	/** Newest first, the most severe first among equals. */
	private static final Sort ORDER = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id"));

	private static final int LOCK_CLASS = 20;

	private final PlanService plans;

	private final AlertRepository alerts;

	private final EarlyWarnings warnings;

	private final JdbcClient jdbc;

	private final Clock clock;

	public AlertService(PlanService plans, AlertRepository alerts, EarlyWarnings warnings, JdbcClient jdbc,
			ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.alerts = alerts;
		this.warnings = warnings;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Evaluates the plan's guardrails and risk indicators now: raises an alert for each
	 * rule newly firing, refreshes those still firing and marks cleared those no longer
	 * firing.
	 */
	@Transactional
	public Evaluation evaluate(long planId) {
		Plan plan = this.plans.get(planId);
		if (plan.getStatus() == PlanStatus.CLOSED || plan.getStatus() == PlanStatus.ARCHIVED) {
			return new Evaluation(false, 0, 0, 0);
		}
		this.jdbc.sql("select pg_advisory_xact_lock(:lockClass, cast(:planId as integer))")
			.param("lockClass", LOCK_CLASS)
			.param("planId", planId)
			.query()
			.singleRow();
		Instant now = this.clock.instant();
		Map<String, Alert> unresolved = new HashMap<>();
		this.alerts.findUnresolved(planId)
			.forEach((alert) -> unresolved.put(key(alert.getRule(), alert.getSubjectKey()), alert));
		int raised = 0;
		int refreshed = 0;
		List<Alert> created = new ArrayList<>();
		for (Finding finding : this.warnings.evaluate(planId)) {
			Alert existing = unresolved.remove(key(finding.rule(), finding.subjectKey()));
			if (existing != null) {
				existing.seen(finding, now);
				refreshed++;
			}
			else if (created.stream()
				.noneMatch((alert) -> alert.getRule() == finding.rule()
						&& alert.getSubjectKey().equals(finding.subjectKey()))) {
				created.add(new Alert(plan, finding, now));
				raised++;
			}
		}
		this.alerts.saveAll(created);
		unresolved.values().forEach((alert) -> alert.clear(now));
		this.alerts.flush();
		return new Evaluation(true, raised, refreshed, unresolved.size());
	}

	/**
	 * {@link #evaluate} in a transaction of its own, for listeners that run after another
	 * transaction committed (an import).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Evaluation evaluateSeparately(long planId) {
		return evaluate(planId);
	}

	/**
	 * The plans to evaluate after data of the days {@code from}..{@code to} changed:
	 * those whose period overlaps them and that are not closed or archived. In a
	 * transaction of its own, as it is called after the import's transaction committed.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<Long> plansCovering(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id from plan where period_start <= :to and period_end >= :from
				and status not in ('CLOSED', 'ARCHIVED') order by id""")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list();
	}

	/** A page of the plan's alerts, newest first. */
	public Page<Alert> list(long planId, AlertFilter filter, Pageable pageable) {
		this.plans.get(planId);
		return this.alerts.findAll(filter.toSpecification(planId), ordered(pageable));
	}

	/**
	 * A page of the alerts of every plan this person may read (a members-only plan only
	 * for its members, approvers and administrators), newest first.
	 */
	public Page<Alert> listReadableBy(String username, AlertFilter filter, Pageable pageable) {
		return listOfPlans(readablePlanIds(username), filter, pageable);
	}

	/**
	 * The ids of the plans this person may read (see {@link PlanService#listVisibleTo}).
	 */
	public List<Long> readablePlanIds(String username) {
		return this.plans.listVisibleTo(username, new PlanFilter(null, null, null, null), Pageable.unpaged())
			.map(Plan::getId)
			.toList();
	}

	/** A page of the alerts of these plans, newest first. */
	public Page<Alert> listOfPlans(List<Long> planIds, AlertFilter filter, Pageable pageable) {
		Specification<Alert> ofThesePlans = (root, query, builder) -> planIds.isEmpty() ? builder.disjunction()
				: root.get("plan").get("id").in(planIds);
		return this.alerts.findAll(filter.toSpecification(null).and(ofThesePlans), ordered(pageable));
	}

	/**
	 * The plan's alerts raised in [from, to) whatever their status now, oldest first.
	 */
	public List<Alert> raisedBetween(long planId, Instant from, Instant to) {
		this.plans.get(planId);
		return this.alerts.findByPlanIdAndRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(planId,
				from, to);
	}

	/** The alert, provided it belongs to the plan (404 otherwise). */
	public Alert get(long planId, long alertId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.alerts.findById(alertId), "Alert", alertId);
	}

	@Transactional
	public Alert acknowledge(long planId, long alertId, Long version, String by) {
		Alert alert = get(planId, alertId);
		alert.requireVersion(version);
		alert.acknowledge(by, this.clock.instant());
		return this.alerts.saveAndFlush(alert);
	}

	@Transactional
	public Alert resolve(long planId, long alertId, Long version, String by, String note) {
		Alert alert = get(planId, alertId);
		alert.requireVersion(version);
		alert.resolve(by, note, this.clock.instant());
		return this.alerts.saveAndFlush(alert);
	}

	private static Pageable ordered(Pageable pageable) {
		return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER)
				: Pageable.unpaged(ORDER);
	}

	private static String key(AlertRule rule, String subjectKey) {
		return rule.name() + '\u0000' + subjectKey;
	}

	/**
	 * What an evaluation did.
	 *
	 * @param evaluated false for a closed or archived plan, which is not evaluated
	 * @param raised alerts newly raised
	 * @param stillFiring unresolved alerts whose rule fired again
	 * @param cleared unresolved alerts whose rule no longer fires
	 */
	public record Evaluation(boolean evaluated, int raised, int stillFiring, int cleared) {
	}

}
