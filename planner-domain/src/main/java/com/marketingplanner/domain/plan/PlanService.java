package com.marketingplanner.domain.plan;

import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	public Plan get(long id) {
		return this.plans.findById(id).orElseThrow(() -> new ResourceNotFoundException("Plan", id));
	}

	/** The plan, provided it may still be edited. */
	public Plan getEditable(long id) {
		Plan plan = get(id);
		plan.requireEditable();
		return plan;
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
		AppUser owner = this.users.findByUsername(ownerUsername)
			.orElseThrow(() -> new ResourceNotFoundException("User", ownerUsername));
		Plan plan = new Plan(command.title(), owner, new DateRange(command.periodStart(), command.periodEnd()));
		apply(plan, command);
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
		return this.plans.saveAndFlush(plan);
	}

	@Transactional
	public Plan changeStatus(long id, PlanStatusCommand command) {
		Plan plan = get(id);
		plan.requireVersion(command.version());
		plan.changeStatus(command.status());
		return this.plans.saveAndFlush(plan);
	}

	@Transactional
	public void delete(long id, long version) {
		Plan plan = get(id);
		plan.requireVersion(version);
		this.plans.delete(plan);
	}

	private void apply(Plan plan, PlanCommand command) {
		plan.retitle(command.title(), command.description());
		plan.writeIn(command.language());
		plan.useCurrency(command.currencyOrDefault());
		plan.budgetTotal(command.totalBudget());
	}

}
