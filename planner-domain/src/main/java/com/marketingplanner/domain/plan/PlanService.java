package com.marketingplanner.domain.plan;

import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans: one transaction per user action; every edit names the version it was based on
 * and is refused when stale. Validation of the command happens before anything is
 * written.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

	private final PlanRepository plans;

	private final AppUserRepository users;

	public PlanService(PlanRepository plans, AppUserRepository users) {
		this.plans = plans;
		this.users = users;
	}

	public Page<Plan> list(PlanFilter filter, Pageable pageable) {
		return this.plans.findAll(filter.toSpecification(), pageable);
	}

	/**
	 * The plans this person may read (see {@link PlanAccess#canRead()}), filtered.
	 * @throws ResourceNotFoundException when there is no such user
	 */
	public Page<Plan> listVisibleTo(String username, PlanFilter filter, Pageable pageable) {
		AppUser reader = this.users.requireByUsername(username);
		Specification<Plan> visible = filter.toSpecification();
		if (!reader.getRole().includes(Role.APPROVER)) {
			visible = visible.and(PlanFilter.readableBy(reader.getId()));
		}
		return this.plans.findAll(visible, pageable);
	}

	public Plan get(long id) {
		return this.plans.findById(id).orElseThrow(() -> new ResourceNotFoundException("Plan", id));
	}

	/**
	 * The plan, provided its content may be changed (it is a draft). Services of plan
	 * content (header, sections, goals, KPIs, budget lines and rules, phases, milestones,
	 * risks, campaigns) call this before any write.
	 */
	public Plan getEditable(long id) {
		Plan plan = get(id);
		plan.requireEditable();
		return plan;
	}

	/**
	 * The plan, provided it still takes execution records: measurements, spend, status
	 * changes of milestones, risks and campaigns (any status but closed and archived).
	 */
	public Plan getOpen(long id) {
		Plan plan = get(id);
		plan.requireOpen();
		return plan;
	}

	/** What this person may do with the plan now. */
	public PlanActions actionsFor(long planId, String username) {
		return get(planId).actionsFor(this.users.requireByUsername(username));
	}

	@Transactional
	public Plan create(PlanCommand command, String ownerUsername) {
		return create(command, ownerUsername, null);
	}

	/**
	 * Creates a plan that was made from a template (its code is kept on the plan).
	 * @param templateCode the template's code, or {@code null} for a blank plan
	 */
	@Transactional
	public Plan create(PlanCommand command, String ownerUsername, String templateCode) {
		AppUser owner = this.users.requireByUsername(ownerUsername);
		Plan plan = new Plan(command.title(), owner, new DateRange(command.periodStart(), command.periodEnd()));
		apply(plan, command);
		applyProfile(plan, command);
		plan.recordTemplate(templateCode);
		return this.plans.save(plan);
	}

	@Transactional
	public Plan update(long id, PlanCommand command) {
		Plan plan = get(id);
		plan.requireVersion(command.version());
		plan.requireEditable();
		plan.retitle(command.title(), command.description());
		plan.reschedule(new DateRange(command.periodStart(), command.periodEnd()));
		apply(plan, command);
		if (command.hasProfile()) {
			applyProfile(plan, command);
		}
		else {
			// the kept profile must still hold with a changed currency
			plan.currencyAsStated(plan.isCurrencyStated(), plan.getContextCurrency());
		}
		return this.plans.saveAndFlush(plan);
	}

	/**
	 * Deletes a draft plan that was never approved, with everything in it (owner or
	 * administrator).
	 */
	@Transactional
	public void delete(long id, long version, String actorUsername) {
		Plan plan = get(id);
		plan.requireVersion(version);
		plan.requireDeletable(this.users.requireByUsername(actorUsername));
		this.plans.delete(plan);
	}

	private void apply(Plan plan, PlanCommand command) {
		plan.retitle(command.title(), command.description());
		plan.writeIn(command.language());
		plan.useCurrency(command.currencyOrDefault());
		plan.budgetTotal(command.totalBudget());
	}

	private void applyProfile(Plan plan, PlanCommand command) {
		plan.profile(command.planKind(), command.businessContext());
		plan.currencyAsStated(command.currencyStatedOrDefault(), command.contextCurrency());
	}

}
