package com.marketingplanner.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrative sections of a plan as an ordered tree. Positions among siblings are kept
 * dense (0, 1, 2, …) so that numbers never skip.
 */
@Service
@Transactional(readOnly = true)
public class SectionService {

	private final PlanService plans;

	private final PlanSectionRepository sections;

	public SectionService(PlanService plans, PlanSectionRepository sections) {
		this.plans = plans;
		this.sections = sections;
	}

	/** The whole tree, numbered by the plan's language. */
	public List<SectionNode> tree(long planId) {
		Plan plan = this.plans.get(planId);
		Map<Long, List<PlanSection>> byParent = childrenByParent(planId);
		return nodes(byParent, null, new ArrayList<>(), plan.getLanguage());
	}

	public PlanSection get(long planId, long sectionId) {
		return PlanPart.requireIn(planId, this.sections.findById(sectionId), "Section", sectionId);
	}

	@Transactional
	public PlanSection add(long planId, SectionCommand command) {
		Plan plan = this.plans.getEditable(planId);
		requireParentInPlan(planId, command.parentId());
		List<PlanSection> siblings = siblings(planId, command.parentId());
		int position = OrderedTree.clamp(command.position(), siblings.size());
		PlanSection section = new PlanSection(plan, command.parentId(), position, command.heading(), command.body());
		siblings.add(position, section);
		renumber(siblings);
		return this.sections.save(section);
	}

	@Transactional
	public PlanSection update(long planId, long sectionId, SectionCommand command) {
		this.plans.getEditable(planId);
		PlanSection section = get(planId, sectionId);
		section.requireVersion(command.version());
		section.rewrite(command.heading(), command.body());
		if (!Objects.equals(command.parentId(), section.getParentId())
				|| (command.position() != null && command.position() != section.getPosition())) {
			move(planId, section, command.parentId(), command.position());
		}
		return this.sections.saveAndFlush(section);
	}

	@Transactional
	public void delete(long planId, long sectionId, long version) {
		this.plans.getEditable(planId);
		PlanSection section = get(planId, sectionId);
		section.requireVersion(version);
		Long parentId = section.getParentId();
		this.sections.delete(section);
		this.sections.flush();
		List<PlanSection> siblings = siblings(planId, parentId);
		siblings.remove(section);
		renumber(siblings);
	}

	private void move(long planId, PlanSection section, Long newParentId, Integer newPosition) {
		requireParentInPlan(planId, newParentId);
		if (newParentId != null && OrderedTree.isSelfOrDescendant(all(planId), section.getId(), newParentId)) {
			throw new BusinessRuleViolation("parentId", "error.section.cycle",
					"A section cannot be moved under itself or one of its subsections");
		}
		List<PlanSection> oldSiblings = siblings(planId, section.getParentId());
		oldSiblings.remove(section);
		renumber(oldSiblings);
		List<PlanSection> newSiblings = siblings(planId, newParentId);
		newSiblings.remove(section);
		int position = OrderedTree.clamp(newPosition, newSiblings.size());
		newSiblings.add(position, section);
		section.placeAt(newParentId, position);
		renumber(newSiblings);
	}

	private void requireParentInPlan(long planId, Long parentId) {
		if (parentId == null) {
			return;
		}
		PlanSection parent = this.sections.findById(parentId).orElse(null);
		if (parent == null || !parent.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("parentId", "error.section.parent-unknown",
					"Section " + parentId + " is not a section of this plan", parentId);
		}
	}

	private static List<SectionNode> nodes(Map<Long, List<PlanSection>> byParent, Long parentId, List<Integer> path,
			PlanLanguage language) {
		List<SectionNode> nodes = new ArrayList<>();
		int index = 0;
		for (PlanSection section : byParent.getOrDefault(parentId, List.of())) {
			List<Integer> own = new ArrayList<>(path);
			own.add(++index);
			nodes.add(new SectionNode(section.getId(), SectionNumbering.number(own, language), section.getHeading(),
					section.getBody(), section.getVersion(), nodes(byParent, section.getId(), own, language)));
		}
		return nodes;
	}

	private List<PlanSection> all(long planId) {
		return this.sections.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	private List<PlanSection> siblings(long planId, Long parentId) {
		return OrderedTree.siblings(all(planId), parentId);
	}

	private Map<Long, List<PlanSection>> childrenByParent(long planId) {
		return OrderedTree.childrenByParent(all(planId));
	}

	private static void renumber(List<PlanSection> siblings) {
		OrderedTree.renumber(siblings, (section, position) -> section.placeAt(section.getParentId(), position));
	}

}
