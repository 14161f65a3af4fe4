package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A milestone of a plan's timeline: a dated deliverable with acceptance criteria, an
 * owner, an optional phase, the milestones it depends on (same plan, no cycles; checked
 * by {@link MilestoneService} with {@link DependencyGraph}) and an optional gate:
 * conditions combined with ALL or ANY, each a KPI comparison ("users ≥ 300 000") or a
 * condition in words a person checks ("main channel chosen by ROI"). Its status changes
 * through intention methods.
 */
@Entity
@Table(name = "milestone")
public class Milestone implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private Phase phase;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	private String deliverable;

	@Column(name = "acceptance_criteria")
	private String acceptanceCriteria;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MilestoneStatus status = MilestoneStatus.PLANNED;

	private String owner;

	@Enumerated(EnumType.STRING)
	@Column(name = "gate_match", nullable = false)
	private GateMatch gateMatch = GateMatch.ALL;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "milestone_gate_condition", joinColumns = @JoinColumn(name = "milestone_id"))
	@OrderColumn(name = "position")
	private List<GateCondition> gateConditions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "milestone_dependency", joinColumns = @JoinColumn(name = "milestone_id"))
	@Column(name = "depends_on_id")
	private Set<Long> dependsOnIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Milestone() {
	}

	public Milestone(Plan plan, String title, LocalDate dueDate) {
		this.plan = plan;
		describe(title, null, null, null);
		schedule(dueDate, null);
	}

	/**
	 * Checks a milestone's title without changing anything.
	 * @throws BusinessRuleViolation on {@code title} when it is blank
	 */
	public static void requireValidTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new BusinessRuleViolation("title", "error.milestone.title-required", "A milestone needs a title");
		}
	}

	/**
	 * Checks a milestone's due date without changing anything.
	 * @throws BusinessRuleViolation on {@code dueDate} when it is missing
	 */
	public static void requireValidDueDate(LocalDate dueDate) {
		if (dueDate == null) {
			throw new BusinessRuleViolation("dueDate", "error.milestone.due-date-required",
					"A milestone needs a due date");
		}
	}

	public void describe(String newTitle, String newDeliverable, String newAcceptanceCriteria, String newOwner) {
		requireValidTitle(newTitle);
		this.title = newTitle.strip();
		this.deliverable = newDeliverable;
		this.acceptanceCriteria = newAcceptanceCriteria;
		this.owner = newOwner;
	}

	/**
	 * Sets the due date and the phase ({@code null}: no phase). A due date outside the
	 * phase is allowed and reported as a warning.
	 * @throws BusinessRuleViolation when the phase belongs to another plan
	 */
	public void schedule(LocalDate newDueDate, Phase newPhase) {
		requireValidDueDate(newDueDate);
		if (newPhase != null && !samePlan(newPhase.getPlan(), this.plan)) {
			throw new BusinessRuleViolation("phaseId", "error.milestone.phase-unknown",
					"Phase " + newPhase.getId() + " is not a phase of this plan", newPhase.getId());
		}
		this.dueDate = newDueDate;
		this.phase = newPhase;
	}

	private static boolean samePlan(Plan one, Plan other) {
		return one == other || (one.getId() != null && one.getId().equals(other.getId()));
	}

	/**
	 * Sets the gate: its conditions (none: no gate) and how they combine ({@code null}:
	 * ALL). A condition in words that the gate already had keeps its check.
	 */
	public void gateOn(GateMatch match, List<GateCondition> conditions) {
		List<GateCondition> before = new ArrayList<>(this.gateConditions);
		this.gateMatch = (match != null) ? match : GateMatch.ALL;
		this.gateConditions.clear();
		for (GateCondition condition : conditions) {
			before.stream().filter(condition::statesSameAs).findFirst().ifPresent((same) -> {
				condition.keepCheckOf(same);
				before.remove(same);
			});
			this.gateConditions.add(condition);
		}
	}

	/**
	 * Records a person's check of the gate condition at {@code position} (a condition in
	 * words): met, not met, or open again.
	 * @throws BusinessRuleViolation when there is no such condition, it is a KPI
	 * comparison, or the state is not one a person records
	 */
	public void checkGateCondition(int position, GateState state, String by, Instant at) {
		if (position < 0 || position >= this.gateConditions.size()) {
			throw new BusinessRuleViolation("position", "error.milestone.gate.condition-unknown",
					"The gate has no condition " + position, position);
		}
		this.gateConditions.get(position).check(state, by, at);
	}

	/**
	 * The gate evaluated against the KPIs' latest measured values, or {@code null} when
	 * the milestone has no gate.
	 * @param latestActuals the latest measured value of each KPI that has one, by KPI id
	 */
	public GateEvaluation evaluateGate(Map<Long, BigDecimal> latestActuals) {
		if (this.gateConditions.isEmpty()) {
			return null;
		}
		List<GateState> states = this.gateConditions.stream()
			.map((condition) -> condition.state(latestActuals))
			.toList();
		return new GateEvaluation(this.gateMatch.combine(states), states);
	}

	/** Whether the milestone has a gate (at least one condition). */
	public boolean hasGate() {
		return !this.gateConditions.isEmpty();
	}

	/** The KPIs the gate compares (not those deleted since). */
	public Set<Long> gateKpiIds() {
		Set<Long> ids = new LinkedHashSet<>();
		this.gateConditions.stream().map(GateCondition::getKpiId).filter(Objects::nonNull).forEach(ids::add);
		return ids;
	}

	/**
	 * Replaces the milestones this one depends on. Only rules about this milestone alone
	 * are checked here; membership of the plan and cycles need the whole timeline and are
	 * checked by {@link MilestoneService}.
	 * @throws BusinessRuleViolation when the milestone would depend on itself
	 */
	public void dependOn(Set<Long> milestoneIds) {
		Set<Long> ids = (milestoneIds != null) ? milestoneIds : Set.of();
		if (this.id != null && ids.contains(this.id)) {
			throw new BusinessRuleViolation("dependsOnIds", "error.milestone.depends-on-itself",
					"A milestone cannot depend on itself");
		}
		this.dependsOnIds.clear();
		this.dependsOnIds.addAll(ids);
	}

	/** Forgets a dependency on a milestone that is being deleted. */
	void forgetDependency(long milestoneId) {
		this.dependsOnIds.remove(milestoneId);
	}

	/** Detaches the milestone from a phase that is being deleted. */
	void leavePhase() {
		this.phase = null;
	}

	/** Starts work on the milestone, or resumes a missed one. */
	public void start() {
		moveTo(MilestoneStatus.IN_PROGRESS);
	}

	/** Records that the deliverable is done (also late, after a miss). */
	public void complete() {
		moveTo(MilestoneStatus.DONE);
	}

	/** Records that the due date passed without the deliverable. */
	public void miss() {
		moveTo(MilestoneStatus.MISSED);
	}

	/** Drops the milestone. */
	public void cancel() {
		moveTo(MilestoneStatus.CANCELLED);
	}

	private void moveTo(MilestoneStatus target) {
		requireTransition(this.status, target);
		this.status = target;
	}

	/**
	 * Checks a status change without making it.
	 * @throws BusinessRuleViolation on {@code status} when the step is not allowed
	 */
	public static void requireTransition(MilestoneStatus from, MilestoneStatus target) {
		if (target == null) {
			throw new BusinessRuleViolation("status", "error.milestone.status-required",
					"A milestone status is required");
		}
		if (target != from && !from.canChangeTo(target)) {
			throw new BusinessRuleViolation("status", "error.milestone.transition-not-allowed",
					"A milestone cannot go from " + from + " to " + target + " (allowed: " + from.next() + ")", from,
					target, from.next());
		}
	}

	/**
	 * Whether the milestone is overdue on {@code today}: its due date has passed and it
	 * is still planned or in progress (neither done, missed nor cancelled).
	 */
	public boolean isOverdueOn(LocalDate today) {
		return this.dueDate.isBefore(today) && !this.status.isFinal() && this.status != MilestoneStatus.MISSED;
	}

	/**
	 * Whether the due date lies outside the milestone's phase (false without a phase).
	 */
	public boolean isDueOutsidePhase() {
		return this.phase != null && !this.phase.contains(this.dueDate);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public Phase getPhase() {
		return this.phase;
	}

	/** The phase's id without loading the phase; {@code null} without a phase. */
	public Long getPhaseId() {
		return (this.phase != null) ? this.phase.getId() : null;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public String getDeliverable() {
		return this.deliverable;
	}

	public String getAcceptanceCriteria() {
		return this.acceptanceCriteria;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public String getOwner() {
		return this.owner;
	}

	public GateMatch getGateMatch() {
		return this.gateMatch;
	}

	/** The gate's conditions in order (empty: no gate). */
	public List<GateCondition> getGateConditions() {
		return Collections.unmodifiableList(this.gateConditions);
	}

	/**
	 * The gate as a single condition, as API clients before several conditions read it:
	 * the first KPI comparison whose KPI still exists, or {@code null}.
	 * @see #getGateText()
	 */
	public KpiThreshold getGate() {
		return this.gateConditions.stream()
			.map(GateCondition::getThreshold)
			.filter((threshold) -> threshold != null && threshold.getKpiId() != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The gate's text as a single condition: the text of the comparison
	 * {@link #getGate()} returns, or without one the first condition's text.
	 */
	public String getGateText() {
		KpiThreshold single = getGate();
		for (GateCondition condition : this.gateConditions) {
			if (single == null || condition.getThreshold() == single) {
				return condition.getText();
			}
		}
		return null;
	}

	public Set<Long> getDependsOnIds() {
		return Collections.unmodifiableSet(this.dependsOnIds);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
