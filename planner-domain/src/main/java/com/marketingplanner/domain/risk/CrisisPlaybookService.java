package com.marketingplanner.domain.risk;

import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's crisis playbook: its levels, most severe first, each with criteria, actions,
 * owner and committed response and resolution times. One transaction per action;
 * everything is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class CrisisPlaybookService {

	private final PlanService plans;

	private final CrisisLevelRepository levels;

	private final RiskRepository risks;

	public CrisisPlaybookService(PlanService plans, CrisisLevelRepository levels, RiskRepository risks) {
		this.plans = plans;
		this.levels = levels;
		this.risks = risks;
	}

	public List<CrisisLevel> levels(long planId) {
		this.plans.get(planId);
		return this.levels.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public CrisisLevel get(long planId, long levelId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.levels.findById(levelId), "CrisisLevel", levelId);
	}

	@Transactional
	public CrisisLevel add(long planId, CrisisLevelCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<CrisisLevel> all = new ArrayList<>(this.levels.findByPlanIdOrderByPositionAscIdAsc(planId));
		int position = OrderedTree.clamp(command.position(), all.size());
		CrisisLevel level = new CrisisLevel(plan, position, command.name());
		apply(level, command);
		all.add(position, level);
		renumber(all);
		return this.levels.save(level);
	}

	@Transactional
	public CrisisLevel update(long planId, long levelId, CrisisLevelCommand command) {
		this.plans.getEditable(planId);
		CrisisLevel level = get(planId, levelId);
		level.requireVersion(command.version());
		apply(level, command);
		if (command.position() != null && command.position() != level.getPosition()) {
			List<CrisisLevel> all = new ArrayList<>(this.levels.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(level);
			all.add(OrderedTree.clamp(command.position(), all.size()), level);
			renumber(all);
		}
		return this.levels.saveAndFlush(level);
	}

	/** Deletes the level; risks that named it no longer do. */
	@Transactional
	public void delete(long planId, long levelId, long version) {
		this.plans.getEditable(planId);
		CrisisLevel level = get(planId, levelId);
		level.requireVersion(version);
		this.risks.findByPlanIdOrderByPositionAscIdAsc(planId)
			.stream()
			.filter((risk) -> risk.getCrisisLevelIds().contains(levelId))
			.forEach((risk) -> risk.forgetCrisisLevel(levelId));
		this.risks.flush();
		this.levels.delete(level);
		this.levels.flush();
		List<CrisisLevel> rest = new ArrayList<>(this.levels.findByPlanIdOrderByPositionAscIdAsc(planId));
		rest.remove(level);
		renumber(rest);
	}

	private static void apply(CrisisLevel level, CrisisLevelCommand command) {
		level.rename(command.name());
		level.prescribe(command.criteria(), command.actions(), command.owner());
		level.commitTo(command.responseMinutes(), command.resolutionMinutes());
	}

	private static void renumber(List<CrisisLevel> levels) {
		for (int i = 0; i < levels.size(); i++) {
			levels.get(i).placeAt(i);
		}
	}

}
