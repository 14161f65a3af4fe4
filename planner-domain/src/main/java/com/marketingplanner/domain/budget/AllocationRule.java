package com.marketingplanner.domain.budget;

import java.math.BigDecimal;

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

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Ratio;

/**
 * A rule the budget split should follow, e.g. "tag tech ≥ 40% of the total", "Douyin ≤
 * 28% of the marketing budget", "reserve 10%", "freeze non-core channels when a month is
 * more than 10% over plan", "a channel whose LTV beats the industry average may get
 * more". Rules are checked by {@link BudgetCheck}; a broken rule is a warning, never a
 * refusal.
 */
@Entity
@Table(name = "allocation_rule")
public class AllocationRule implements PlanPart, Versioned {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AllocationRuleKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_type", nullable = false)
	private RuleScope scopeType;

	@Column(name = "scope_value")
	private String scopeValue;

	private Percentage share;

	private Ratio threshold;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PercentageBase base = PercentageBase.TOTAL;

	private String note;

	@Embedded
	private BenchmarkComparison comparison;

	@Version
	private long version;

	protected AllocationRule() {
	}

	public AllocationRule(Plan plan, int position, AllocationRuleKind kind, RuleScope scopeType, String scopeValue,
			BigDecimal share, BigDecimal threshold, PercentageBase base, String note) {
		this.plan = plan;
		this.position = position;
		define(kind, scopeType, scopeValue, share, threshold, base, note);
	}

	/**
	 * Sets what the rule says. A share kind needs a share (0–100); ROI, sales-yield and
	 * overspend rules need a threshold; a TAG, LINE or CHANNEL scope needs its value (a
	 * PLAN scope has none); a channel cap applies to a channel, or with a PLAN scope to
	 * each channel that has no cap of its own; a reserve to the plan's {@code reserve}
	 * lines or to a tag; the PARENT base only to a line. The scope value is stored as
	 * given (the service resolves channel codes and line ids first).
	 * @throws BusinessRuleViolation naming the field at fault
	 */
	public void define(AllocationRuleKind newKind, RuleScope newScope, String newScopeValue, BigDecimal newShare,
			BigDecimal newThreshold, PercentageBase newBase, String newNote) {
		if (newKind == null) {
			throw new BusinessRuleViolation("kind", "error.budget.rule.kind-required", "A rule needs a kind");
		}
		if (newScope == null) {
			throw new BusinessRuleViolation("scopeType", "error.budget.rule.scope-required", "A rule needs a scope");
		}
		if (newKind == AllocationRuleKind.CHANNEL_CAP && newScope != RuleScope.CHANNEL && newScope != RuleScope.PLAN) {
			throw new BusinessRuleViolation("scopeType", "error.budget.rule.cap-needs-channel",
					"A channel cap applies to one channel, or to the whole plan (each channel without a cap of its own)");
		}
		if (newKind == AllocationRuleKind.RESERVE && newScope != RuleScope.PLAN && newScope != RuleScope.TAG) {
			throw new BusinessRuleViolation("scopeType", "error.budget.rule.reserve-scope",
					"A reserve applies to the plan's reserve lines or to a tag");
		}
		String value = (newScopeValue != null && !newScopeValue.isBlank()) ? newScopeValue.strip() : null;
		if (newScope != RuleScope.PLAN && value == null) {
			throw new BusinessRuleViolation("scopeValue", "error.budget.rule.scope-value-required",
					"Name the tag, line or channel the rule applies to");
		}
		if (newScope == RuleScope.TAG && value.length() > BudgetLine.MAX_TAG_LENGTH) {
			throw new BusinessRuleViolation("scopeValue", "error.budget.line.tag-too-long",
					"A tag has at most " + BudgetLine.MAX_TAG_LENGTH + " characters: " + value, value,
					BudgetLine.MAX_TAG_LENGTH);
		}
		PercentageBase base = (newBase != null) ? newBase : PercentageBase.TOTAL;
		if (base == PercentageBase.PARENT && newScope != RuleScope.LINE) {
			throw new BusinessRuleViolation("base", "error.budget.rule.parent-base-needs-line",
					"Only a rule about one line can be measured against its parent line");
		}
		if (newKind.isShare()) {
			if (newShare == null) {
				throw new BusinessRuleViolation("share", "error.budget.rule.share-required",
						"This kind of rule needs a share in percent");
			}
			if (newShare.signum() < 0 || newShare.compareTo(HUNDRED) > 0) {
				throw new BusinessRuleViolation("share", "error.budget.rule.share-range",
						"A share is between 0 and 100 percent, not " + newShare, newShare);
			}
		}
		else if (newKind.needsThreshold()) {
			if (newThreshold == null) {
				throw new BusinessRuleViolation("threshold", "error.budget.rule.threshold-required",
						"This kind of rule needs a threshold");
			}
			if (newThreshold.signum() < 0) {
				throw new BusinessRuleViolation("threshold", "error.budget.rule.threshold-negative",
						"A threshold cannot be negative: " + newThreshold, newThreshold);
			}
		}
		this.kind = newKind;
		this.scopeType = newScope;
		this.scopeValue = (newScope == RuleScope.PLAN) ? null
				: (newScope == RuleScope.TAG) ? BudgetLine.normalizeTag(value) : value;
		this.share = newKind.isShare() ? Percentage.ofPoints(newShare) : null;
		this.threshold = !newKind.needsThreshold() ? null : Ratio.of(newThreshold);
		this.base = base;
		this.note = newNote;
	}

	/**
	 * Sets what a benchmark rule compares ({@link BenchmarkComparison#of}, {@code null}
	 * for every other kind, which then keeps none).
	 * @throws BusinessRuleViolation when a benchmark rule gets no comparison
	 */
	public void compareWith(BenchmarkComparison newComparison) {
		if (this.kind.isBenchmark() && newComparison == null) {
			throw new BusinessRuleViolation("metric", "error.budget.rule.metric-required",
					"A benchmark rule needs the channel metric it compares");
		}
		this.comparison = this.kind.isBenchmark() ? newComparison : null;
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	/**
	 * The rule as the check takes it; {@code benchmark} is its comparison with the
	 * benchmark resolved (benchmark rules only, else ignored).
	 */
	BudgetInput.Rule toInput(BudgetInput.Benchmark benchmark) {
		return new BudgetInput.Rule(this.id, this.kind, this.scopeType, this.scopeValue, getShare(), getThreshold(),
				this.base, this.kind.isBenchmark() ? benchmark : null);
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

	public AllocationRuleKind getKind() {
		return this.kind;
	}

	public RuleScope getScopeType() {
		return this.scopeType;
	}

	public String getScopeValue() {
		return this.scopeValue;
	}

	/** The share a share kind states; {@code null} for the other kinds. */
	public Percentage share() {
		return this.share;
	}

	/**
	 * The threshold of a return-floor or overspend kind (a return ratio, or overspend
	 * points); {@code null} for the share kinds.
	 */
	public Ratio threshold() {
		return this.threshold;
	}

	public BigDecimal getShare() {
		return Percentage.pointsOrNull(this.share);
	}

	public BigDecimal getThreshold() {
		return Ratio.valueOrNull(this.threshold);
	}

	public PercentageBase getBase() {
		return this.base;
	}

	public String getNote() {
		return this.note;
	}

	/** What a benchmark rule compares; {@code null} for every other kind. */
	public BenchmarkComparison getComparison() {
		return this.comparison;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
