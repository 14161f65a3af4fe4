package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
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

import com.marketingplanner.analytics.goal.Attainment;
import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.GoalAttainment;
import com.marketingplanner.analytics.goal.GoalSpec;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A key performance indicator of a plan, under one of its goals or directly under the
 * plan, with a three-level target ({@link KpiTargets}). A benchmark case
 * ({@link #isBenchmarkCase()}) is a third-party figure the plan cites for reference, not
 * a commitment of the plan. Its {@link #attainment attainment} at a measured value is
 * computed by the analytics module.
 */
@Entity
@Table(name = "kpi")
public class Kpi implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "goal_id")
	private Goal goal;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private String definition;

	@Enumerated(EnumType.STRING)
	private GoalCategory category;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type")
	private TargetType targetType;

	private BigDecimal baseline;

	private BigDecimal target;

	private BigDecimal challenge;

	private BigDecimal benchmark;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private String owner;

	@Column(name = "is_benchmark", nullable = false)
	private boolean benchmarkCase;

	private String aim;

	@Enumerated(EnumType.STRING)
	@Column(name = "qualitative_status", nullable = false)
	private QualitativeStatus qualitativeStatus = QualitativeStatus.NOT_ASSESSED;

	@Version
	private long version;

	protected Kpi() {
	}

	public Kpi(Plan plan, String name, KpiTargets targets) {
		this.plan = plan;
		define(name, null, null);
		aimAt(targets);
	}

	/** Sets the metric's name, its definition or formula text and its unit. */
	public void define(String newName, String newDefinition, String newUnit) {
		this.name = Texts.required(newName, "name", "error.kpi.name-required", "A KPI needs a metric name");
		this.definition = blankToNull(newDefinition);
		this.unit = blankToNull(newUnit);
	}

	/** Sets type, direction and the levels; they were checked by {@link KpiTargets}. */
	public void aimAt(KpiTargets targets) {
		this.targetType = targets.type();
		this.direction = targets.direction();
		this.baseline = targets.baseline();
		this.target = targets.target();
		this.challenge = targets.challenge();
		this.benchmark = targets.benchmark();
		if (!targets.isQualitative()) {
			this.qualitativeStatus = QualitativeStatus.NOT_ASSESSED;
		}
	}

	/** Sets when the target is due and how often the KPI is measured (both optional). */
	public void schedule(LocalDate newDueDate, Frequency newFrequency) {
		this.dueDate = newDueDate;
		this.frequency = newFrequency;
	}

	/** States the aim in words ("显著提升", "行业领先水平"), or removes it with {@code null}. */
	public void aimFor(String newAim) {
		this.aim = blankToNull(newAim);
	}

	/**
	 * Records the judged status of a KPI whose aim is stated in words.
	 * @throws BusinessRuleViolation on {@code qualitativeStatus} when the KPI has a
	 * numeric target (its status is computed from its measurements)
	 */
	public void assess(QualitativeStatus status) {
		if (status == null) {
			return;
		}
		if (!isQualitative() && status != QualitativeStatus.NOT_ASSESSED) {
			throw new BusinessRuleViolation("qualitativeStatus", "error.kpi.status-is-computed",
					"The status of a KPI with a numeric target is computed from its measurements");
		}
		this.qualitativeStatus = status;
	}

	/** Whether the aim is stated in words only (no target type, no target). */
	public boolean isQualitative() {
		return this.targetType == null && this.target == null;
	}

	public void categorise(GoalCategory newCategory) {
		this.category = newCategory;
	}

	public void assignTo(String newOwner) {
		this.owner = blankToNull(newOwner);
	}

	/**
	 * Marks the KPI as a third-party case figure kept for reference ({@code true}) or as
	 * a commitment of the plan ({@code false}).
	 */
	public void keepAsBenchmarkCase(boolean benchmarkCase) {
		this.benchmarkCase = benchmarkCase;
	}

	/**
	 * Puts the KPI under a goal of the same plan, or directly under the plan with
	 * {@code null}; the service has checked the goal's plan.
	 */
	void attachTo(Goal newGoal, int newPosition) {
		this.goal = newGoal;
		this.position = newPosition;
	}

	/**
	 * The KPI's levels; every KPI is stored through {@link #aimAt}, so they obey its
	 * rules.
	 */
	public KpiTargets targets() {
		return new KpiTargets(this.targetType, this.direction, this.baseline, this.target, this.challenge,
				this.benchmark);
	}

	/** What is kept but questionable in the KPI's levels (shown, never refused). */
	public List<KpiWarning> warnings() {
		return targets().warnings();
	}

	/**
	 * Attainment and status of the KPI at a measured value, computed by the analytics
	 * module ({@link GoalAttainment}, design.md "Goal attainment"); not measured for
	 * {@code null}. A relative change is stored in percent and handed to the analytics
	 * API as a fraction. Levels that contradict each other (possible for imported KPIs)
	 * evaluate as {@code UNDEFINED} with the reason.
	 */
	public Attainment attainment(BigDecimal actual) {
		if (isQualitative()) {
			return new Attainment(java.util.OptionalDouble.empty(), this.qualitativeStatus.asGoalStatus(),
					"qualitative KPI: its status is assessed (" + this.qualitativeStatus + "), not computed");
		}
		return GoalAttainment.evaluate(goalSpec(), (actual != null) ? actual.doubleValue() : null);
	}

	/** The KPI's levels as the analytics module takes them. */
	public GoalSpec goalSpec() {
		boolean percent = this.targetType == TargetType.RELATIVE_CHANGE;
		return new GoalSpec(this.targetType, this.direction, number(this.baseline, false), number(this.target, percent),
				number(this.challenge, percent), number(this.benchmark, false));
	}

	private static Double number(BigDecimal value, boolean percent) {
		if (value == null) {
			return null;
		}
		return percent ? value.doubleValue() / 100 : value.doubleValue();
	}

	/** The category of the KPI, or of its goal when the KPI has none of its own. */
	public GoalCategory effectiveCategory() {
		return (this.category != null || this.goal == null) ? this.category : this.goal.getCategory();
	}

	/** The id of the goal the KPI measures, or {@code null} for a plan-level KPI. */
	public Long getGoalId() {
		return (this.goal != null) ? this.goal.getId() : null;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public Goal getGoal() {
		return this.goal;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getDefinition() {
		return this.definition;
	}

	public GoalCategory getCategory() {
		return this.category;
	}

	public String getUnit() {
		return this.unit;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public TargetType getTargetType() {
		return this.targetType;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getChallenge() {
		return this.challenge;
	}

	public BigDecimal getBenchmark() {
		return this.benchmark;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public String getOwner() {
		return this.owner;
	}

	public boolean isBenchmarkCase() {
		return this.benchmarkCase;
	}

	/** The aim in words, or {@code null}. */
	public String getAim() {
		return this.aim;
	}

	public QualitativeStatus getQualitativeStatus() {
		return this.qualitativeStatus;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
