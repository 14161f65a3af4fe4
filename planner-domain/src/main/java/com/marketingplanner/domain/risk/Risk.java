package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.analytics.risk.ImpactScale;
import com.marketingplanner.analytics.risk.RiskAssessment;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Probability;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A risk of a plan's register. Probability (0–1) and impact are both optional, because
 * many real risks are written down without them. The impact is a level 1–5, or a loss
 * stated as a share of a base ("budget +15 %") or as an amount, which map onto the 1–5
 * scale ({@link ImpactScale}; {@link #impactLevel()}). The score P × I, the expected
 * monetary impact P × loss and the heat-map cell (formulas of the analytics module's
 * {@link RiskAssessment}) exist only when their inputs do, and {@link #missingForScore()}
 * says what is missing. A risk is watched by several {@link RiskTrigger triggers}, may
 * name the levels of the plan's crisis playbook that apply to it, and its status changes
 * through intention methods ({@link #monitor()}, {@link #escalate()}, {@link #occur()},
 * {@link #close()}, {@link #reopen()}).
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

	private Probability probability;

	private Integer impact;

	@Column(name = "impact_amount")
	private Money impactAmount;

	@Column(name = "impact_share")
	private Percentage impactShare;

	@Enumerated(EnumType.STRING)
	@Column(name = "impact_base")
	private ImpactBase impactBase;

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

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "risk_trigger", joinColumns = @JoinColumn(name = "risk_id"))
	@OrderColumn(name = "position")
	private List<RiskTrigger> triggers = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "risk_crisis_level", joinColumns = @JoinColumn(name = "risk_id"))
	@Column(name = "crisis_level_id")
	private Set<Long> crisisLevelIds = new LinkedHashSet<>();

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
	public static void requireValidAssessment(BigDecimal probability, Integer impact, BigDecimal impactAmount,
			BigDecimal impactShare) {
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
		if (impactShare != null && impactShare.signum() < 0) {
			throw new BusinessRuleViolation("impactShare", "error.risk.impact-share-negative",
					"An impact share is the size of a loss in percent, not " + impactShare.toPlainString(),
					impactShare);
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
	 * @param newImpact the level 1–5, when the plan states one
	 * @param newImpactAmount the money lost if it occurs, in the plan's currency
	 * @param newImpactShare the loss as a percentage of {@code newImpactBase} (15 for
	 * "budget +15 %")
	 * @param newImpactBase what the share is of ({@link ImpactBase#OTHER} when not given)
	 * @param newImpactText the impact in words ("budget +15%")
	 */
	public void assess(BigDecimal newProbability, Integer newImpact, BigDecimal newImpactAmount,
			BigDecimal newImpactShare, ImpactBase newImpactBase, String newImpactText) {
		requireValidAssessment(newProbability, newImpact, newImpactAmount, newImpactShare);
		this.probability = Probability.ofNullable(newProbability);
		this.impact = newImpact;
		this.impactAmount = Money.ofNullable(newImpactAmount);
		this.impactShare = Percentage.ofNullable(newImpactShare);
		this.impactBase = (newImpactShare != null) ? ((newImpactBase != null) ? newImpactBase : ImpactBase.OTHER)
				: null;
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

	/**
	 * Replaces the triggers that watch the risk and the warning in words (either may be
	 * empty). The service has checked that their KPIs belong to the plan.
	 */
	public void watch(List<RiskTrigger> newTriggers, String newWarningText) {
		this.triggers.clear();
		if (newTriggers != null) {
			this.triggers.addAll(newTriggers);
		}
		this.warningText = (newWarningText == null || newWarningText.isBlank()) ? null : newWarningText.strip();
	}

	/**
	 * Links the risk to levels of the plan's crisis playbook (ids checked by the
	 * service).
	 */
	public void escalateBy(Collection<Long> levelIds) {
		this.crisisLevelIds.clear();
		if (levelIds != null) {
			this.crisisLevelIds.addAll(levelIds);
		}
	}

	/** Forgets a crisis level that is being deleted. */
	void forgetCrisisLevel(long levelId) {
		this.crisisLevelIds.remove(levelId);
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	/** Starts watching the risk (from identified or mitigating). */
	public void monitor() {
		if (this.status == RiskStatus.CLOSED) {
			throw transitionNotAllowed(RiskStatus.MONITORING);
		}
		moveTo(RiskStatus.MONITORING);
	}

	/** Escalates the risk: mitigation is now under way. */
	public void escalate() {
		moveTo(RiskStatus.MITIGATING);
	}

	/** Records that the risk has materialised. */
	public void occur() {
		moveTo(RiskStatus.OCCURRED);
	}

	public void close() {
		moveTo(RiskStatus.CLOSED);
	}

	/** Reopens a closed risk for monitoring. */
	public void reopen() {
		if (this.status != RiskStatus.CLOSED) {
			throw transitionNotAllowed(RiskStatus.MONITORING);
		}
		moveTo(RiskStatus.MONITORING);
	}

	private void moveTo(RiskStatus target) {
		requireTransition(this.status, target);
		this.status = target;
	}

	private BusinessRuleViolation transitionNotAllowed(RiskStatus target) {
		return new BusinessRuleViolation("status", "error.risk.transition-not-allowed",
				"A risk cannot go from " + this.status + " to " + target + " (allowed: " + this.status.next() + ")",
				this.status, target, this.status.next());
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

	/**
	 * The impact on the 1–5 scale: as stated, else from the share of its base, else from
	 * the amount against the plan's budget ({@link ImpactScale}); empty when the plan
	 * states none of them (or an amount without a budget to measure it against).
	 */
	public Optional<Integer> impactLevel() {
		if (this.impact != null) {
			return Optional.of(this.impact);
		}
		if (this.impactShare != null) {
			return Optional.of(ImpactScale.levelOfShare(this.impactShare.fraction()));
		}
		if (this.impactAmount != null) {
			int level = ImpactScale.levelOfAmount(this.impactAmount.amount(), this.plan.getTotalBudget());
			return (level > 0) ? Optional.of(level) : Optional.empty();
		}
		return Optional.empty();
	}

	/** Where {@link #impactLevel()} comes from. */
	public ImpactSource impactSource() {
		if (this.impact != null) {
			return ImpactSource.STATED;
		}
		if (this.impactShare != null) {
			return ImpactSource.SHARE;
		}
		return impactLevel().isPresent() ? ImpactSource.AMOUNT : ImpactSource.NONE;
	}

	/**
	 * The money lost if the risk occurs: the amount when stated, else the share of the
	 * plan's budget when the impact is a share of the budget; empty otherwise.
	 */
	public Optional<BigDecimal> lossAmount() {
		if (this.impactAmount != null) {
			return Optional.of(this.impactAmount.amount());
		}
		if (this.impactShare != null && this.impactBase == ImpactBase.BUDGET && this.plan.totalBudget() != null) {
			// the exact product, not rounded to cents (the expected impact rounds once)
			return Optional.of(RiskAssessment.magnitudeAsShareOf(this.impactShare.points().movePointLeft(2),
					this.plan.totalBudget().amount()));
		}
		return Optional.empty();
	}

	/** Probability × impact level (0–5, 4 decimals); empty when either is missing. */
	public Optional<BigDecimal> score() {
		Optional<Integer> level = impactLevel();
		if (this.probability == null || level.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(RiskAssessment.score(this.probability.value(), level.get()).setScale(4, RoundingMode.HALF_UP));
	}

	/**
	 * Probability × loss, in the plan's currency (2 decimals): 0.22 × 15 % of 2.8億 =
	 * 924萬; empty when either is missing.
	 */
	public Optional<BigDecimal> expectedMonetaryImpact() {
		Optional<BigDecimal> loss = lossAmount();
		if (this.probability == null || loss.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Money.rounded(RiskAssessment.expectedMonetaryImpact(this.probability.value(), loss.get())));
	}

	/** The risk's heat-map cell; empty when probability or impact level is missing. */
	public Optional<HeatMapCell> heatMapCell() {
		Optional<Integer> level = impactLevel();
		if (this.probability == null || level.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(RiskAssessment.heatMapCell(this.probability.value(), level.get()));
	}

	/** The probability bucket 1–5 of the heat map; empty without a probability. */
	public Optional<Integer> probabilityBucket() {
		return (this.probability != null) ? Optional.of(RiskAssessment.probabilityBucket(this.probability.value()))
				: Optional.empty();
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
		if (impactLevel().isEmpty()) {
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

	/** How likely the risk is; {@code null} when not assessed. */
	public Probability probability() {
		return this.probability;
	}

	/** The money lost if it occurs, when stated as an amount; {@code null} otherwise. */
	public Money impactAmount() {
		return this.impactAmount;
	}

	/**
	 * The loss as a percentage of {@link #getImpactBase()}; {@code null} when not stated.
	 */
	public Percentage impactShare() {
		return this.impactShare;
	}

	public BigDecimal getProbability() {
		return Probability.valueOrNull(this.probability);
	}

	public Integer getImpact() {
		return this.impact;
	}

	public BigDecimal getImpactAmount() {
		return Money.amountOrNull(this.impactAmount);
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

	public BigDecimal getImpactShare() {
		return Percentage.pointsOrNull(this.impactShare);
	}

	public ImpactBase getImpactBase() {
		return this.impactBase;
	}

	/** The triggers that watch the risk, in their order. */
	public List<RiskTrigger> getTriggers() {
		return Collections.unmodifiableList(this.triggers);
	}

	/**
	 * The triggers that name a signal to watch without a threshold: alerts cannot
	 * evaluate them (000: 异常流量波动, 价格异常变动).
	 */
	public List<RiskTrigger> watchedSignals() {
		return this.triggers.stream().filter((trigger) -> !trigger.isEvaluable()).toList();
	}

	/** The crisis-playbook levels that apply to the risk. */
	public Set<Long> getCrisisLevelIds() {
		return Collections.unmodifiableSet(this.crisisLevelIds);
	}

	public String getWarningText() {
		return this.warningText;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
