package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mixes of a plan: named groups of shares that must sum to 100 % ({@link PlanMix}).
 */
@Service
@Transactional(readOnly = true)
public class PlanMixService {

	private final PlanService plans;

	private final PlanMixRepository mixes;

	public PlanMixService(PlanService plans, PlanMixRepository mixes) {
		this.plans = plans;
		this.mixes = mixes;
	}

	/** The plan's mixes in their order. */
	public List<PlanMix> all(long planId) {
		this.plans.get(planId);
		return this.mixes.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public PlanMix get(long planId, long mixId) {
		return PlanPart.requireIn(planId, this.mixes.findById(mixId), "Mix", mixId);
	}

	@Transactional
	public PlanMix create(long planId, PlanMixCommand command) {
		Plan plan = this.plans.getEditable(planId);
		PlanMix mix = new PlanMix(plan, this.mixes.nextPosition(planId), command.name());
		apply(mix, command);
		return this.mixes.save(mix);
	}

	@Transactional
	public PlanMix update(long planId, long mixId, PlanMixCommand command) {
		this.plans.getEditable(planId);
		PlanMix mix = get(planId, mixId);
		mix.requireVersion(command.version());
		apply(mix, command);
		return this.mixes.saveAndFlush(mix);
	}

	@Transactional
	public void delete(long planId, long mixId, long version) {
		this.plans.getEditable(planId);
		PlanMix mix = get(planId, mixId);
		mix.requireVersion(version);
		this.mixes.delete(mix);
		this.mixes.flush();
	}

	/** The plan's mixes that the check flags (not summing to 100 %, or not checkable). */
	public List<PlanMix> flagged(long planId) {
		return all(planId).stream().filter((mix) -> mix.check().isFlagged()).toList();
	}

	private static void apply(PlanMix mix, PlanMixCommand command) {
		List<PlanMixCommand.Share> shares = (command.shares() != null)
				? command.shares().stream().filter(Objects::nonNull).toList() : List.of();
		mix.describe(command.name(), command.base(), command.note());
		mix.divideInto(shares.stream().map(PlanMixCommand.Share::label).toList(),
				shares.stream().map(PlanMixCommand.Share::share).map((BigDecimal share) -> share).toList());
	}

}
