package com.marketingplanner.domain.timeline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

/**
 * A milestone of a plan's timeline: a dated deliverable with acceptance criteria, an
 * owner, an optional phase, the milestones it depends on (same plan, no cycles; checked
 * by {@link MilestoneService} with {@link DependencyGraph}) and an optional KPI gate
 * ("users ≥ 300 000") with free text. Its status changes through intention methods.
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

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "kpiId", column = @Column(name = "gate_kpi_id")),
			@AttributeOverride(name = "operator", column = @Column(name = "gate_operator")),
			@AttributeOverride(name = "value", column = @Column(name = "gate_value")) })
	private KpiThreshold gate;

	@Column(name = "gate_text")
	private String gateText;

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

	/** Sets or removes ({@code null}) the KPI gate and its free text. */
	public void gateOn(KpiThreshold newGate, String newGateText) {
		this.gate = newGate;
		this.gateText = (newGateText == null || newGateText.isBlank()) ? null : newGateText.strip();
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

	/**
	 * The KPI gate, or {@code null} when the milestone has none (or its KPI was deleted:
	 * the database then clears the KPI id but not operator and value).
	 */
	public KpiThreshold getGate() {
		return (this.gate != null && this.gate.getKpiId() != null) ? this.gate : null;
	}

	public String getGateText() {
		return this.gateText;
	}

	public Set<Long> getDependsOnIds() {
		return Collections.unmodifiableSet(this.dependsOnIds);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
