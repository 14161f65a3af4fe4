package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.analytics.risk.RiskAssessment;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.timeline.KpiThreshold;

/**
 * A risk of a plan's register. Probability (0–1) and impact (1–5) are both optional,
 * because many real risks are written down without them; the score P × I, the expected
 * monetary impact P × amount and the heat-map cell (formulas of the analytics module's
 * {@link RiskAssessment}) exist only when their inputs do, and {@link #missingForScore()}
 * says what is missing. Its status changes through intention methods ({@link #monitor()},
 * {@link #escalate()}, {@link #occur()}, {@link #close()}, {@link #reopen()}).
 */
@Entity
@Table(name = "risk")
public class Risk implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String title;

	private String description;

	private BigDecimal probability;

	private Integer impact;

	@Column(name = "impact_amount")
	private BigDecimal impactAmount;

	@Column(name = "impact_text")
	private String impactText;

	@Enumerated(EnumType.STRING)
	private RiskStrategy strategy;

	private String mitigation;

	private String contingency;

	private String owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RiskStatus status = RiskStatus.IDENTIFIED;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_cadence")
	private Frequency reviewCadence;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "kpiId", column = @Column(name = "warning_kpi_id")),
			@AttributeOverride(name = "operator", column = @Column(name = "warning_operator")),
			@AttributeOverride(name = "value", column = @Column(name = "warning_threshold")) })
	private KpiThreshold warningIndicator;

	@Column(name = "warning_text")
	private String warningText;

	@Version
	private long version;

	protected Risk() {
	}

	public Risk(Plan plan, int position, String category, String title) {
		this.plan = plan;
		this.position = position;
		describe(category, title, null);
	}

	/**
	 * Checks the naming fields without changing anything.
	 * @throws BusinessRuleViolation on {@code category} or {@code title} when blank
	 */
	public static void requireValidDescription(String category, String title) {
		if (category == null || category.isBlank()) {
			throw new BusinessRuleViolation("category", "error.risk.category-required", "A risk needs a category");
		}
		if (title == null || title.isBlank()) {
			throw new BusinessRuleViolation("title", "error.risk.title-required", "A risk needs a title");
		}
	}

	/**
	 * Checks an assessment without changing anything.
	 * @throws BusinessRuleViolation on the field that is out of range
	 */
	public static void requireValidAssessment(BigDecimal probability, Integer impact, BigDecimal impactAmount) {
		if (probability != null && (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0)) {
			throw new BusinessRuleViolation("probability", "error.risk.probability-out-of-range",
					"A probability lies between 0 and 1, not " + probability.toPlainString(), probability);
		}
		if (impact != null && (impact < 1 || impact > 5)) {
			throw new BusinessRuleViolation("impact", "error.risk.impact-out-of-range",
					"An impact lies between 1 and 5, not " + impact, impact);
		}
		if (impactAmount != null && impactAmount.signum() < 0) {
			throw new BusinessRuleViolation("impactAmount", "error.risk.impact-amount-negative",
					"A monetary impact cannot be negative: " + impactAmount.toPlainString(), impactAmount);
		}
	}

	public void describe(String newCategory, String newTitle, String newDescription) {
		requireValidDescription(newCategory, newTitle);
		this.category = newCategory.strip();
		this.title = newTitle.strip();
		this.description = newDescription;
	}

	/**
	 * Records how likely and how bad the risk is; every part is optional.
	 * @param newProbability 0–1, kept to 4 decimals
	 * @param newImpact 1–5
	 * @param newImpactAmount the money lost if it occurs, in the plan's currency
	 * @param newImpactText the impact in words ("budget +15%")
	 */
	public void assess(BigDecimal newProbability, Integer newImpact, BigDecimal newImpactAmount, String newImpactText) {
		requireValidAssessment(newProbability, newImpact, newImpactAmount);
		this.probability = (newProbability != null) ? newProbability.setScale(4, RoundingMode.HALF_UP) : null;
		this.impact = newImpact;
		this.impactAmount = (newImpactAmount != null) ? newImpactAmount.setScale(2, RoundingMode.HALF_UP) : null;
		this.impactText = newImpactText;
	}

	/** Records how the risk is treated, who owns it and how often it is reviewed. */
	public void respond(RiskStrategy newStrategy, String newMitigation, String newContingency, String newOwner,
			Frequency newReviewCadence) {
		this.strategy = newStrategy;
		this.mitigation = newMitigation;
		this.contingency = newContingency;
		this.owner = newOwner;
		this.reviewCadence = newReviewCadence;
	}

	/** Sets or removes ({@code null}) the early-warning KPI indicator and its text. */
	public void watch(KpiThreshold newIndicator, String newWarningText) {
		this.warningIndicator = newIndicator;
		this.warningText = (newWarningText == null || newWarningText.isBlank()) ? null : newWarningText.strip();
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	/** Starts watching the risk (from identified, mitigating or closed). */
	public void monitor() {
		changeStatus(RiskStatus.MONITORING);
	}

	/** Escalates the risk: mitigation is now under way. */
	public void escalate() {
		changeStatus(RiskStatus.MITIGATING);
	}

	/** Records that the risk has materialised. */
	public void occur() {
		changeStatus(RiskStatus.OCCURRED);
	}

	public void close() {
		changeStatus(RiskStatus.CLOSED);
	}

	/** Reopens a closed risk for monitoring. */
	public void reopen() {
		changeStatus(RiskStatus.MONITORING);
	}

	/**
	 * Moves the risk to another status; the current status is accepted as a no-op.
	 * @throws BusinessRuleViolation when the life cycle does not allow that step
	 */
	public void changeStatus(RiskStatus target) {
		requireTransition(this.status, target);
		this.status = target;
	}

	/**
	 * Checks a status change without making it.
	 * @throws BusinessRuleViolation on {@code status} when the step is not allowed
	 */
	public static void requireTransition(RiskStatus from, RiskStatus target) {
		if (target == null) {
			throw new BusinessRuleViolation("status", "error.risk.status-required", "A risk status is required");
		}
		if (target != from && !from.canChangeTo(target)) {
			throw new BusinessRuleViolation("status", "error.risk.transition-not-allowed",
					"A risk cannot go from " + from + " to " + target + " (allowed: " + from.next() + ")", from, target,
					from.next());
		}
	}

	/** Probability × impact (0–5, 4 decimals); empty when either is missing. */
	public Optional<BigDecimal> score() {
		if (this.probability == null || this.impact == null) {
			return Optional.empty();
		}
		return Optional.of(RiskAssessment.score(this.probability, this.impact).setScale(4, RoundingMode.HALF_UP));
	}

	/**
	 * Probability × monetary impact, in the plan's currency (2 decimals); empty when
	 * either is missing.
	 */
	public Optional<BigDecimal> expectedMonetaryImpact() {
		if (this.probability == null || this.impactAmount == null) {
			return Optional.empty();
		}
		return Optional.of(RiskAssessment.expectedMonetaryImpact(this.probability, this.impactAmount)
			.setScale(2, RoundingMode.HALF_UP));
	}

	/** The risk's heat-map cell; empty when probability or impact is missing. */
	public Optional<HeatMapCell> heatMapCell() {
		if (this.probability == null || this.impact == null) {
			return Optional.empty();
		}
		return Optional.of(RiskAssessment.heatMapCell(this.probability, this.impact));
	}

	/**
	 * Why {@link #score()} is undefined: the names of the missing inputs
	 * ({@code probability}, {@code impact}); empty when the score is defined.
	 */
	public List<String> missingForScore() {
		List<String> missing = new ArrayList<>();
		if (this.probability == null) {
			missing.add("probability");
		}
		if (this.impact == null) {
			missing.add("impact");
		}
		return List.copyOf(missing);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCategory() {
		return this.category;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getProbability() {
		return this.probability;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public BigDecimal getImpactAmount() {
		return this.impactAmount;
	}

	public String getImpactText() {
		return this.impactText;
	}

	public RiskStrategy getStrategy() {
		return this.strategy;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public String getContingency() {
		return this.contingency;
	}

	public String getOwner() {
		return this.owner;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public Frequency getReviewCadence() {
		return this.reviewCadence;
	}

	/**
	 * The early-warning KPI indicator, or {@code null} when there is none (or its KPI was
	 * deleted: the database then clears the KPI id but not operator and threshold).
	 */
	public KpiThreshold getWarningIndicator() {
		return (this.warningIndicator != null && this.warningIndicator.getKpiId() != null) ? this.warningIndicator
				: null;
	}

	public String getWarningText() {
		return this.warningText;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
