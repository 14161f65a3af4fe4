package com.marketingplanner.domain.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's risk register, sorted by score. The early-warning indicator must name a KPI of
 * the plan. One transaction per user action; everything is checked before anything is
 * written.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

	/**
	 * Register order: by score (probability × impact level) descending; risks without a
	 * score after them, by probability descending (none last), then by impact level
	 * descending (none last), then in the register's own order.
	 */
	public static final Comparator<Risk> BY_SCORE = Comparator
		.comparing((Risk risk) -> risk.score().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Risk::getProbability, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((Risk risk) -> risk.impactLevel().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingInt(Risk::getPosition)
		.thenComparing(Risk::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	private final PlanService plans;

	private final RiskRepository risks;

	private final PlanReferences references;

	private final CrisisLevelRepository levels;

	public RiskService(PlanService plans, RiskRepository risks, PlanReferences references,
			CrisisLevelRepository levels) {
		this.plans = plans;
		this.risks = risks;
		this.references = references;
		this.levels = levels;
	}

	/**
	 * A page of the register by score descending ({@link #BY_SCORE}); the pageable's sort
	 * is ignored.
	 */
	public Page<Risk> list(long planId, RiskFilter filter, Pageable pageable) {
		this.plans.get(planId);
		List<Risk> sorted = this.risks.findFiltered(planId, filter.categoryOrNull(), filter.status(), filter.strategy())
			.stream()
			.sorted(BY_SCORE)
			.toList();
		if (pageable.isUnpaged()) {
			return new PageImpl<>(sorted, pageable, sorted.size());
		}
		int from = (int) Math.min(pageable.getOffset(), sorted.size());
		int to = Math.min(from + pageable.getPageSize(), sorted.size());
		return new PageImpl<>(sorted.subList(from, to), pageable, sorted.size());
	}

	/**
	 * The risks that matter most, for an overview: open (not closed) risks by score, at
	 * most {@code limit}.
	 */
	public List<Risk> top(long planId, int limit) {
		return all(planId).stream().filter((risk) -> risk.getStatus() != RiskStatus.CLOSED).limit(limit).toList();
	}

	/** The whole register by score descending, unscored risks last. */
	public List<Risk> all(long planId) {
		return list(planId, RiskFilter.none(), Pageable.unpaged()).getContent();
	}

	/** The whole register in its own order (positions), as a document lists it. */
	public List<Risk> inRegisterOrder(long planId) {
		this.plans.get(planId);
		return this.risks.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	/** The heat map of the whole register. */
	public RiskHeatMap heatMap(long planId) {
		return RiskHeatMap.of(all(planId));
	}

	/** The risk, provided it belongs to the plan (404 otherwise). */
	public Risk get(long planId, long riskId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.risks.findById(riskId), "Risk", riskId);
	}

	@Transactional
	public Risk add(long planId, RiskCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Checked checked = check(planId, RiskStatus.IDENTIFIED, command);
		int position = (command.position() != null) ? command.position() : (int) this.risks.countByPlanId(planId);
		Risk risk = new Risk(plan, position, command.category(), command.title());
		apply(risk, command, checked);
		return this.risks.save(risk);
	}

	@Transactional
	public Risk update(long planId, long riskId, RiskCommand command) {
		this.plans.getEditable(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(command.version());
		Checked checked = check(planId, risk.getStatus(), command);
		apply(risk, command, checked);
		if (command.position() != null) {
			risk.placeAt(command.position());
		}
		return this.risks.saveAndFlush(risk);
	}

	/**
	 * The intention a status stands for (MONITORING: monitor, or reopen a closed risk;
	 * MITIGATING: escalate; OCCURRED: occur; CLOSED: close). A risk's status is an
	 * execution record: it changes while the plan is open, also when approved or active.
	 */
	@Transactional
	public Risk changeStatus(long planId, long riskId, RiskStatusCommand command) {
		this.plans.getOpen(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(command.version());
		moveTo(risk, command.status());
		return this.risks.saveAndFlush(risk);
	}

	private static void moveTo(Risk risk, RiskStatus target) {
		Risk.requireTransition(risk.getStatus(), target);
		if (target == risk.getStatus()) {
			return;
		}
		switch (target) {
			case MONITORING -> {
				if (risk.getStatus() == RiskStatus.CLOSED) {
					risk.reopen();
				}
				else {
					risk.monitor();
				}
			}
			case MITIGATING -> risk.escalate();
			case OCCURRED -> risk.occur();
			case CLOSED -> risk.close();
			case IDENTIFIED -> Risk.requireTransition(risk.getStatus(), target);
		}
	}

	@Transactional
	public void delete(long planId, long riskId, long version) {
		this.plans.getEditable(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(version);
		this.risks.delete(risk);
	}

	private Checked check(long planId, RiskStatus currentStatus, RiskCommand command) {
		Risk.requireValidDescription(command.category(), command.title());
		Risk.requireValidAssessment(command.probability(), command.impact(), command.impactAmount(),
				command.impactShare());
		if (command.status() != null) {
			Risk.requireTransition(currentStatus, command.status());
		}
		List<RiskTrigger> triggers = new ArrayList<>();
		List<RiskTriggerCommand> filled = command.filledTriggers();
		for (int i = 0; i < filled.size(); i++) {
			RiskTriggerCommand trigger = filled.get(i);
			String field = "triggers[" + i + "]";
			triggers.add(RiskTrigger.of(field, trigger.kpiId(), trigger.metric(), trigger.condition(), trigger.value(),
					trigger.upperValue(), trigger.periodDays(), trigger.unit(), trigger.response()));
			this.references.requireKpi(planId, trigger.kpiId(), field + ".kpiId");
		}
		Set<Long> levels = new LinkedHashSet<>();
		if (command.crisisLevelIds() != null) {
			for (Long levelId : command.crisisLevelIds()) {
				if (levelId == null) {
					continue;
				}
				CrisisLevel level = this.levels.findById(levelId).orElse(null);
				if (level == null || !level.getPlan().getId().equals(planId)) {
					throw new BusinessRuleViolation("crisisLevelIds", "error.risk.crisis-level-unknown",
							"Crisis level " + levelId + " is not a level of this plan's playbook", levelId);
				}
				levels.add(levelId);
			}
		}
		return new Checked(triggers, levels);
	}

	private static void apply(Risk risk, RiskCommand command, Checked checked) {
		risk.describe(command.category(), command.title(), command.description());
		risk.assess(command.probability(), command.impact(), command.impactAmount(), command.impactShare(),
				command.impactBase(), command.impactText());
		risk.respond(command.strategy(), command.mitigation(), command.contingency(), command.owner(),
				command.reviewCadence());
		risk.watch(checked.triggers(), command.warningText());
		risk.escalateBy(checked.crisisLevels());
		if (command.status() != null) {
			moveTo(risk, command.status());
		}
	}

	private record Checked(List<RiskTrigger> triggers, Set<Long> crisisLevels) {
	}

}
