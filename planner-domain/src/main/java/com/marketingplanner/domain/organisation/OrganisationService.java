package com.marketingplanner.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's organisation: its team units, its partners and vendors, and the costs it keeps
 * outside its budget, each list in its own order. One transaction per action; everything
 * is checked before anything is written (closed plans are read-only).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final PlanService plans;

	private final TeamUnitRepository units;

	private final PartnerRepository partners;

	private final OffBudgetCostRepository costs;

	public OrganisationService(PlanService plans, TeamUnitRepository units, PartnerRepository partners,
			OffBudgetCostRepository costs) {
		this.plans = plans;
		this.units = units;
		this.partners = partners;
		this.costs = costs;
	}

	// --- team ------------------------------------------------------------------

	public List<TeamUnit> team(long planId) {
		this.plans.get(planId);
		return this.units.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public TeamUnit teamUnit(long planId, long unitId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.units.findById(unitId), "TeamUnit", unitId);
	}

	@Transactional
	public TeamUnit addTeamUnit(long planId, TeamUnitCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<TeamUnit> all = new ArrayList<>(this.units.findByPlanIdOrderByPositionAscIdAsc(planId));
		TeamUnit unit = new TeamUnit(plan, all.size(), command.name());
		apply(unit, command);
		place(all, unit, command.position(), TeamUnit::placeAt);
		return this.units.save(unit);
	}

	@Transactional
	public TeamUnit updateTeamUnit(long planId, long unitId, TeamUnitCommand command) {
		this.plans.getEditable(planId);
		TeamUnit unit = teamUnit(planId, unitId);
		unit.requireVersion(command.version());
		apply(unit, command);
		if (command.position() != null && command.position() != unit.getPosition()) {
			List<TeamUnit> all = new ArrayList<>(this.units.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(unit);
			place(all, unit, command.position(), TeamUnit::placeAt);
		}
		return this.units.saveAndFlush(unit);
	}

	@Transactional
	public void deleteTeamUnit(long planId, long unitId, long version) {
		this.plans.getEditable(planId);
		TeamUnit unit = teamUnit(planId, unitId);
		unit.requireVersion(version);
		this.units.delete(unit);
		this.units.flush();
		renumber(this.units.findByPlanIdOrderByPositionAscIdAsc(planId), TeamUnit::placeAt);
	}

	private static void apply(TeamUnit unit, TeamUnitCommand command) {
		unit.rename(command.name());
		unit.fileUnder(command.scheme());
		unit.staff(command.headcountMin(), command.headcountMax(), command.staffShare());
		unit.structure(command.leads(), command.specialistsMin(), command.specialistsMax());
		unit.describe(command.roles(), command.responsibilities(), command.note());
		unit.recruitThrough(command.recruitmentChannels(), command.recruitmentNote());
		unit.runProgrammeOf(command.programmeCycleMonths());
	}

	// --- partners and vendors ----------------------------------------------------

	public List<Partner> partners(long planId) {
		this.plans.get(planId);
		return this.partners.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Partner partner(long planId, long partnerId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.partners.findById(partnerId), "Partner", partnerId);
	}

	@Transactional
	public Partner addPartner(long planId, PartnerCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Partner> all = new ArrayList<>(this.partners.findByPlanIdOrderByPositionAscIdAsc(planId));
		Partner partner = new Partner(plan, all.size(), command.kind(), command.name());
		apply(partner, command);
		place(all, partner, command.position(), Partner::placeAt);
		return this.partners.save(partner);
	}

	/**
	 * Edits a partner or vendor.
	 * @throws BusinessRuleViolation when a vendor that costs outside the budget are paid
	 * to would become a partner without a fee
	 */
	@Transactional
	public Partner updatePartner(long planId, long partnerId, PartnerCommand command) {
		this.plans.getEditable(planId);
		Partner partner = partner(planId, partnerId);
		partner.requireVersion(command.version());
		if (command.kind() == PartnerKind.PARTNER && partner.isVendor() && costsPaidTo(planId, partnerId) > 0) {
			throw new BusinessRuleViolation("kind", "error.organisation.vendor-has-costs",
					"Costs outside the budget are paid to this vendor; unlink them before making it a partner",
					partner.getName());
		}
		apply(partner, command);
		if (command.position() != null && command.position() != partner.getPosition()) {
			List<Partner> all = new ArrayList<>(this.partners.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(partner);
			place(all, partner, command.position(), Partner::placeAt);
		}
		return this.partners.saveAndFlush(partner);
	}

	/**
	 * Deletes a partner or vendor; costs paid to it keep their own amount, not the link.
	 */
	@Transactional
	public void deletePartner(long planId, long partnerId, long version) {
		this.plans.getEditable(planId);
		Partner partner = partner(planId, partnerId);
		partner.requireVersion(version);
		this.costs.findByPlanIdOrderByPositionAscIdAsc(planId)
			.stream()
			.filter((cost) -> Long.valueOf(partnerId).equals(cost.getPartnerId()))
			.forEach(OffBudgetCost::forgetPartner);
		this.costs.flush();
		this.partners.delete(partner);
		this.partners.flush();
		renumber(this.partners.findByPlanIdOrderByPositionAscIdAsc(planId), Partner::placeAt);
	}

	private long costsPaidTo(long planId, long partnerId) {
		return this.costs.findByPlanIdOrderByPositionAscIdAsc(planId)
			.stream()
			.filter((cost) -> Long.valueOf(partnerId).equals(cost.getPartnerId()))
			.count();
	}

	private static void apply(Partner partner, PartnerCommand command) {
		partner.classify(command.kind());
		partner.rename(command.name());
		partner.describe(command.count(), command.service(), command.note());
		partner.charge(command.fee(), command.feeBasis(), command.feeUnit(), command.feeCapShare());
	}

	// --- costs outside the budget ---------------------------------------------------

	public List<OffBudgetCost> offBudgetCosts(long planId) {
		this.plans.get(planId);
		return this.costs.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public OffBudgetCost offBudgetCost(long planId, long costId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.costs.findById(costId), "OffBudgetCost", costId);
	}

	@Transactional
	public OffBudgetCost addOffBudgetCost(long planId, OffBudgetCostCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<OffBudgetCost> all = new ArrayList<>(this.costs.findByPlanIdOrderByPositionAscIdAsc(planId));
		OffBudgetCost cost = new OffBudgetCost(plan, all.size(), command.name());
		apply(planId, cost, command);
		place(all, cost, command.position(), OffBudgetCost::placeAt);
		return this.costs.save(cost);
	}

	@Transactional
	public OffBudgetCost updateOffBudgetCost(long planId, long costId, OffBudgetCostCommand command) {
		this.plans.getEditable(planId);
		OffBudgetCost cost = offBudgetCost(planId, costId);
		cost.requireVersion(command.version());
		apply(planId, cost, command);
		if (command.position() != null && command.position() != cost.getPosition()) {
			List<OffBudgetCost> all = new ArrayList<>(this.costs.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(cost);
			place(all, cost, command.position(), OffBudgetCost::placeAt);
		}
		return this.costs.saveAndFlush(cost);
	}

	@Transactional
	public void deleteOffBudgetCost(long planId, long costId, long version) {
		this.plans.getEditable(planId);
		OffBudgetCost cost = offBudgetCost(planId, costId);
		cost.requireVersion(version);
		this.costs.delete(cost);
		this.costs.flush();
		renumber(this.costs.findByPlanIdOrderByPositionAscIdAsc(planId), OffBudgetCost::placeAt);
	}

	private void apply(long planId, OffBudgetCost cost, OffBudgetCostCommand command) {
		Partner vendor = null;
		if (command.partnerId() != null) {
			vendor = this.partners.findById(command.partnerId())
				.filter((found) -> found.getPlan().getId().equals(planId))
				.orElseThrow(() -> new BusinessRuleViolation("partnerId", "error.organisation.partner-unknown",
						"No such vendor in this plan: {0}", command.partnerId()));
		}
		cost.rename(command.name());
		cost.cost(command.amount(), command.basis());
		cost.paidTo(vendor);
		cost.explain(command.reason());
	}

	// --- order ----------------------------------------------------------------------

	private static <T> void place(List<T> others, T item, Integer position, ObjIntConsumer<T> placeAt) {
		others.add(OrderedTree.clamp(position, others.size()), item);
		renumber(others, placeAt);
	}

	private static <T> void renumber(List<T> items, ObjIntConsumer<T> placeAt) {
		for (int i = 0; i < items.size(); i++) {
			placeAt.accept(items.get(i), i);
		}
	}

}
