package com.marketingplanner.domain.framework;

import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's frameworks ({@link Framework}) in their order, and the items of each. One
 * transaction per action; every rule is checked before anything is written (closed plans
 * are read-only). Item actions name the framework's version: the items are addressed by
 * their index, which only that version fixes.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

	private final PlanService plans;

	private final FrameworkRepository frameworks;

	public FrameworkService(PlanService plans, FrameworkRepository frameworks) {
		this.plans = plans;
		this.frameworks = frameworks;
	}

	/** The plan's frameworks in their order. */
	public List<Framework> all(long planId) {
		this.plans.get(planId);
		return this.frameworks.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Framework get(long planId, long frameworkId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.frameworks.findById(frameworkId), "Framework", frameworkId);
	}

	@Transactional
	public Framework create(long planId, FrameworkCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Framework> all = new ArrayList<>(this.frameworks.findByPlanIdOrderByPositionAscIdAsc(planId));
		requireUniqueName(all, null, command.name());
		Framework framework = new Framework(plan, all.size(), command.kind(), command.name());
		framework.describe(command.description(), command.sourceSection());
		framework.listItems((command.items() != null) ? command.items() : List.of());
		all.add(OrderedTree.clamp(command.position(), all.size()), framework);
		OrderedTree.renumber(all, Framework::placeAt);
		return this.frameworks.save(framework);
	}

	/**
	 * Edits a framework's heading and, when the command lists items, replaces its items.
	 */
	@Transactional
	public Framework update(long planId, long frameworkId, FrameworkCommand command) {
		this.plans.getEditable(planId);
		Framework framework = get(planId, frameworkId);
		framework.requireVersion(command.version());
		List<Framework> all = new ArrayList<>(this.frameworks.findByPlanIdOrderByPositionAscIdAsc(planId));
		requireUniqueName(all, framework, command.name());
		framework.rename(command.name());
		framework.describe(command.description(), command.sourceSection());
		if (command.items() != null) {
			framework.redefine(command.kind(), command.items());
		}
		else {
			framework.reclassify(command.kind());
		}
		if (command.position() != null && command.position() != framework.getPosition()) {
			all.remove(framework);
			all.add(OrderedTree.clamp(command.position(), all.size()), framework);
			OrderedTree.renumber(all, Framework::placeAt);
		}
		return this.frameworks.saveAndFlush(framework);
	}

	@Transactional
	public void delete(long planId, long frameworkId, long version) {
		this.plans.getEditable(planId);
		Framework framework = get(planId, frameworkId);
		framework.requireVersion(version);
		this.frameworks.delete(framework);
		this.frameworks.flush();
		OrderedTree.renumber(this.frameworks.findByPlanIdOrderByPositionAscIdAsc(planId), Framework::placeAt);
	}

	// --- items -----------------------------------------------------------------------

	@Transactional
	public Framework addItem(long planId, long frameworkId, FrameworkItemCommand command) {
		Framework framework = editable(planId, frameworkId, command.version());
		framework.addItem(command);
		return this.frameworks.saveAndFlush(framework);
	}

	@Transactional
	public Framework updateItem(long planId, long frameworkId, int index, FrameworkItemCommand command) {
		Framework framework = editable(planId, frameworkId, command.version());
		framework.reviseItem(index, command);
		return this.frameworks.saveAndFlush(framework);
	}

	@Transactional
	public Framework deleteItem(long planId, long frameworkId, int index, long version) {
		Framework framework = editable(planId, frameworkId, version);
		framework.removeItem(index);
		return this.frameworks.saveAndFlush(framework);
	}

	@Transactional
	public Framework reorderItems(long planId, long frameworkId, FrameworkOrderCommand command) {
		Framework framework = editable(planId, frameworkId, command.version());
		framework.reorderItems(command.order());
		return this.frameworks.saveAndFlush(framework);
	}

	/** Moves an item up ({@code steps} &lt; 0) or down the list. */
	@Transactional
	public Framework moveItem(long planId, long frameworkId, int index, int steps, long version) {
		Framework framework = editable(planId, frameworkId, version);
		framework.moveItem(index, steps);
		return this.frameworks.saveAndFlush(framework);
	}

	private Framework editable(long planId, long frameworkId, Long version) {
		this.plans.getEditable(planId);
		Framework framework = get(planId, frameworkId);
		framework.requireVersion(version);
		return framework;
	}

	/**
	 * @throws BusinessRuleViolation when another framework of the plan has the name
	 */
	private static void requireUniqueName(List<Framework> all, Framework self, String name) {
		String wanted = (name != null) ? name.strip() : null;
		all.stream()
			.filter((other) -> other != self && other.getName().equals(wanted))
			.findFirst()
			.ifPresent((other) -> {
				throw new BusinessRuleViolation("name", "error.framework.name-taken",
						"Another framework of this plan is already called \"{0}\"", wanted);
			});
	}

}
