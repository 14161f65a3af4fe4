package com.marketingplanner.domain.goal;

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

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.TreeNode;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A goal of a plan ("raise the repurchase rate within a year"), placed in a tree of goals
 * by its parent (same plan, no cycles — guarded by {@link GoalService}). KPIs measure it.
 */
@Entity
@Table(name = "goal")
public class Goal implements PlanPart, Versioned, TreeNode {

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
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GoalCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GoalHorizon horizon;

	@Column(name = "horizon_label")
	private String horizonLabel;

	private String owner;

	@Version
	private long version;

	protected Goal() {
	}

	public Goal(Plan plan, String title, GoalCategory category, GoalHorizon horizon) {
		this.plan = plan;
		describe(title, null);
		classify(category, horizon, null);
	}

	/** Sets title and description; the title is required. */
	public void describe(String newTitle, String newDescription) {
		this.title = Texts.required(newTitle, "title", "error.goal.title-required", "A goal needs a title");
		this.description = blankToNull(newDescription);
	}

	/**
	 * Sets category and horizon, with an optional label for the horizon's range as the
	 * plan states it ("≤ 6 months", "1–2 years").
	 */
	public void classify(GoalCategory newCategory, GoalHorizon newHorizon, String newHorizonLabel) {
		if (newCategory == null) {
			throw new BusinessRuleViolation("category", "error.goal.category-required", "A goal needs a category");
		}
		if (newHorizon == null) {
			throw new BusinessRuleViolation("horizon", "error.goal.horizon-required", "A goal needs a horizon");
		}
		this.category = newCategory;
		this.horizon = newHorizon;
		this.horizonLabel = blankToNull(newHorizonLabel);
	}

	public void assignTo(String newOwner) {
		this.owner = blankToNull(newOwner);
	}

	/**
	 * Places the goal under another goal (or at the top with {@code null}). The service
	 * has checked that the parent is in the same plan and not a descendant.
	 */
	void placeUnder(Long newParentId, int newPosition) {
		if (newParentId != null && newParentId.equals(this.id)) {
			throw new BusinessRuleViolation("parentId", "error.goal.cycle",
					"A goal cannot be placed under itself or one of its sub-goals");
		}
		this.parentId = newParentId;
		this.position = newPosition;
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

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public GoalCategory getCategory() {
		return this.category;
	}

	public GoalHorizon getHorizon() {
		return this.horizon;
	}

	public String getHorizonLabel() {
		return this.horizonLabel;
	}

	public String getOwner() {
		return this.owner;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
