package com.marketingplanner.domain.goal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals of a plan as a tree: a parent is a goal of the same plan and never the goal
 * itself or one of its sub-goals. Deleting a goal deletes its sub-goals (as the schema
 * does); their KPIs stay in the plan as plan-level KPIs.
 */
@Service
@Transactional(readOnly = true)
public class GoalService {

	static final Sort TREE_ORDER = Sort.by("position", "id");

	private final PlanService plans;

	private final GoalRepository goals;

	private final KpiRepository kpis;

	public GoalService(PlanService plans, GoalRepository goals, KpiRepository kpis) {
		this.plans = plans;
		this.goals = goals;
		this.kpis = kpis;
	}

	/** A page of the plan's goals (in tree order unless the page asks otherwise). */
	public Page<Goal> list(long planId, GoalFilter filter, Pageable pageable) {
		this.plans.get(planId);
		Pageable ordered = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), TREE_ORDER);
		return this.goals.findAll(filter.toSpecification(planId), ordered);
	}

	/** All goals of the plan in plan order (position), parents and children alike. */
	public List<Goal> all(long planId) {
		this.plans.get(planId);
		return this.goals.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	/** All goals of the plan as a tree ordered by position. */
	public List<GoalNode> tree(long planId) {
		this.plans.get(planId);
		return nodes(childrenByParent(planId), null);
	}

	public Goal get(long planId, long goalId) {
		return PlanPart.requireIn(planId, this.goals.findById(goalId), "Goal", goalId);
	}

	@Transactional
	public Goal create(long planId, GoalCommand command) {
		Plan plan = this.plans.getEditable(planId);
		requireParentInPlan(planId, command.parentId());
		Goal goal = new Goal(plan, command.title(), command.category(), command.horizon());
		apply(goal, command);
		goal.placeUnder(command.parentId(), this.goals.nextPosition(planId));
		return this.goals.save(goal);
	}

	@Transactional
	public Goal update(long planId, long goalId, GoalCommand command) {
		this.plans.getEditable(planId);
		Goal goal = get(planId, goalId);
		goal.requireVersion(command.version());
		if (!Objects.equals(command.parentId(), goal.getParentId())) {
			requireParentInPlan(planId, command.parentId());
			if (command.parentId() != null && subtreeIds(planId, goalId).contains(command.parentId())) {
				throw new BusinessRuleViolation("parentId", "error.goal.cycle",
						"A goal cannot be placed under itself or one of its sub-goals");
			}
		}
		apply(goal, command);
		goal.placeUnder(command.parentId(), goal.getPosition());
		return this.goals.saveAndFlush(goal);
	}

	/**
	 * Deletes the goal and its sub-goals; the KPIs of all of them become plan-level KPIs.
	 */
	@Transactional
	public void delete(long planId, long goalId, long version) {
		this.plans.getEditable(planId);
		Goal goal = get(planId, goalId);
		goal.requireVersion(version);
		Set<Long> subtree = subtreeIds(planId, goalId);
		this.kpis.detachFromGoals(subtree);
		this.goals.deleteAllByIdIn(subtree);
	}

	private void apply(Goal goal, GoalCommand command) {
		goal.describe(command.title(), command.description());
		goal.classify(command.category(), command.horizon(), command.horizonLabel());
		goal.assignTo(command.owner());
	}

	private void requireParentInPlan(long planId, Long parentId) {
		if (parentId == null) {
			return;
		}
		Goal parent = this.goals.findById(parentId).orElse(null);
		if (parent == null || !parent.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("parentId", "error.goal.parent-unknown",
					"Goal " + parentId + " is not a goal of this plan", parentId);
		}
	}

	/** The goal and all goals below it. */
	private Set<Long> subtreeIds(long planId, long goalId) {
		Map<Long, List<Goal>> byParent = childrenByParent(planId);
		Set<Long> ids = new LinkedHashSet<>();
		List<Long> pending = new ArrayList<>(List.of(goalId));
		while (!pending.isEmpty()) {
			Long id = pending.remove(pending.size() - 1);
			if (ids.add(id)) {
				byParent.getOrDefault(id, List.of()).forEach((child) -> pending.add(child.getId()));
			}
		}
		return ids;
	}

	private static List<GoalNode> nodes(Map<Long, List<Goal>> byParent, Long parentId) {
		List<GoalNode> nodes = new ArrayList<>();
		for (Goal goal : byParent.getOrDefault(parentId, List.of())) {
			nodes.add(new GoalNode(goal, nodes(byParent, goal.getId())));
		}
		return nodes;
	}

	private Map<Long, List<Goal>> childrenByParent(long planId) {
		return OrderedTree.childrenByParent(this.goals.findByPlanIdOrderByPositionAscIdAsc(planId));
	}

}
