package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.TreeNode;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Percentage;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A line of a plan's budget, placed in a tree (category → item). It is planned as an
 * amount, or as a percentage of a {@link PercentageBase}, or not yet at all (a category
 * then counts as the sum of its items); see {@link BudgetCheck} for how amounts are
 * derived. It may name a channel (from the catalog), a phase of the plan's timeline (kept
 * as a plain id, checked to belong to the same plan) or a quarter, and carries free tags
 * such as {@code digital}, {@code long-term}, {@code tech}, {@code brand},
 * {@code reserve}.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine implements PlanPart, Versioned, TreeNode {

	/** Tag of reserve lines ({@link AllocationRuleKind#RESERVE} with a PLAN scope). */
	public static final String TAG_RESERVE = "reserve";

	/** Tag of lines counted into the {@link PercentageBase#MARKETING} base. */
	public static final String TAG_MARKETING = "marketing";

	/**
	 * Tag of channel categories, counted into the {@link PercentageBase#MARKETING} base.
	 */
	public static final String TAG_CHANNEL = "channel";

	static final int MAX_TAG_LENGTH = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private String description;

	// a small catalog entity: loaded with the line so responses can name it outside a
	// transaction
	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "channel_id")
	private Channel channel;

	@Column(name = "phase_id")
	private Long phaseId;

	private Integer quarter;

	@Column(name = "planned_amount")
	private Money plannedAmount;

	@Column(name = "planned_percentage")
	private Percentage plannedPercentage;

	@Enumerated(EnumType.STRING)
	@Column(name = "percentage_base")
	private PercentageBase percentageBase;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "budget_line_tag", joinColumns = @JoinColumn(name = "budget_line_id"))
	@Column(name = "tag", nullable = false)
	private Set<String> tags = new TreeSet<>();

	@Version
	private long version;

	protected BudgetLine() {
	}

	public BudgetLine(Plan plan, Long parentId, int position, String name) {
		this.plan = plan;
		this.parentId = parentId;
		this.position = position;
		rename(name, null);
	}

	/**
	 * Tags are kept trimmed and lower-case, so that {@code Tech} and {@code tech} are one
	 * tag.
	 */
	public static String normalizeTag(String tag) {
		return (tag != null) ? tag.strip().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Changes everything a person edits on a line at once, after checking all of it: on a
	 * broken rule nothing is changed.
	 * @throws BusinessRuleViolation naming the field at fault
	 */
	public void revise(String newName, String newDescription, BigDecimal amount, BigDecimal percentage,
			PercentageBase base, Channel newChannel, Long newPhaseId, Integer newQuarter, Collection<String> newTags) {
		requireName(newName);
		requirePlan(amount, percentage, base);
		requireQuarter(newQuarter);
		Set<String> normalizedTags = normalizeTags(newTags);
		rename(newName, newDescription);
		plan(amount, percentage, base);
		assign(newChannel, newPhaseId, newQuarter);
		this.tags.clear();
		this.tags.addAll(normalizedTags);
	}

	public void rename(String newName, String newDescription) {
		requireName(newName);
		this.name = newName.strip();
		this.description = newDescription;
	}

	/**
	 * Plans the line as an amount, or as a percentage of a base, or both as a source
	 * states them ("40% = 1200万"; the amount counts, the budget check says when the two
	 * disagree), or leaves it unplanned (both {@code null}).
	 * @throws BusinessRuleViolation for a negative number or a percentage without its
	 * base
	 */
	public void plan(BigDecimal amount, BigDecimal percentage, PercentageBase base) {
		requirePlan(amount, percentage, base);
		this.plannedAmount = Money.ofNullable(amount);
		this.plannedPercentage = Percentage.ofNullable(percentage);
		this.percentageBase = (percentage != null) ? base : null;
	}

	/**
	 * Assigns the line to a channel, a phase (an id of a phase of the same plan, checked
	 * by the service) and a quarter; each may be {@code null}.
	 */
	public void assign(Channel newChannel, Long newPhaseId, Integer newQuarter) {
		requireQuarter(newQuarter);
		this.channel = newChannel;
		this.phaseId = newPhaseId;
		this.quarter = newQuarter;
	}

	/** Replaces the tags; blank ones are dropped, the rest normalised. */
	public void tag(Collection<String> newTags) {
		Set<String> normalized = normalizeTags(newTags);
		this.tags.clear();
		this.tags.addAll(normalized);
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "error.budget.line.name-required", "A budget line needs a name");
		}
	}

	/**
	 * Checks how a line is planned without changing anything.
	 * @throws BusinessRuleViolation for a negative number or a percentage without its
	 * base
	 */
	public static void requireValidPlan(BigDecimal amount, BigDecimal percentage, PercentageBase base) {
		requirePlan(amount, percentage, base);
	}

	private static void requirePlan(BigDecimal amount, BigDecimal percentage, PercentageBase base) {
		if (amount != null && amount.signum() < 0) {
			throw new BusinessRuleViolation("plannedAmount", "error.budget.amount-negative",
					"An amount cannot be negative: " + amount, amount);
		}
		if (percentage != null && percentage.signum() < 0) {
			throw new BusinessRuleViolation("plannedPercentage", "error.budget.percentage-negative",
					"A percentage cannot be negative: " + percentage, percentage);
		}
		if (percentage != null && base == null) {
			throw new BusinessRuleViolation("percentageBase", "error.budget.line.base-required",
					"A percentage needs the base it is a percentage of");
		}
	}

	private static void requireQuarter(Integer quarter) {
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new BusinessRuleViolation("quarter", "error.budget.line.quarter-invalid",
					"A quarter is 1, 2, 3 or 4, not " + quarter, quarter);
		}
	}

	private static Set<String> normalizeTags(Collection<String> newTags) {
		Set<String> normalized = new TreeSet<>();
		if (newTags != null) {
			for (String tag : newTags) {
				String value = normalizeTag(tag);
				if (value == null || value.isEmpty()) {
					continue;
				}
				if (value.length() > MAX_TAG_LENGTH) {
					throw new BusinessRuleViolation("tags", "error.budget.line.tag-too-long",
							"A tag has at most " + MAX_TAG_LENGTH + " characters: " + value, value, MAX_TAG_LENGTH);
				}
				normalized.add(value);
			}
		}
		return normalized;
	}

	void placeAt(Long newParentId, int newPosition) {
		this.parentId = newParentId;
		this.position = newPosition;
	}

	BudgetInput.Line toInput() {
		return new BudgetInput.Line(this.id, this.parentId, this.name,
				(this.channel != null) ? this.channel.getCode() : null, this.tags, getPlannedAmount(),
				getPlannedPercentage(), this.percentageBase);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	@Override
	public Long getParentId() {
		return this.parentId;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Long getPhaseId() {
		return this.phaseId;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	/** The amount the line is planned at; {@code null} when not planned as an amount. */
	public Money plannedAmount() {
		return this.plannedAmount;
	}

	/**
	 * The percentage of {@link #getPercentageBase()} the line is planned at; {@code null}
	 * when not planned as a percentage.
	 */
	public Percentage plannedPercentage() {
		return this.plannedPercentage;
	}

	public BigDecimal getPlannedAmount() {
		return Money.amountOrNull(this.plannedAmount);
	}

	public BigDecimal getPlannedPercentage() {
		return Percentage.pointsOrNull(this.plannedPercentage);
	}

	public PercentageBase getPercentageBase() {
		return this.percentageBase;
	}

	public Set<String> getTags() {
		return Collections.unmodifiableSet(this.tags);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
