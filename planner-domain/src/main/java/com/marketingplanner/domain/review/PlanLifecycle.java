package com.marketingplanner.domain.review;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves plans along their life cycle, only through the plan's intention methods, each
 * with the person who acts: the plan decides whether that person may (ADR 0071).
 * Approving takes a baseline of the plan; a review decision with a comment leaves that
 * comment on the plan. One transaction per action; a refused action changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class PlanLifecycle {

	private final PlanService plans;

	private final AppUserRepository users;

	private final ReviewRecords records;

	private final PlanRepository repository;

	PlanLifecycle(PlanService plans, AppUserRepository users, ReviewRecords records, PlanRepository repository) {
		this.plans = plans;
		this.users = users;
		this.records = records;
		this.repository = repository;
	}

	/**
	 * The intention a status change stands for, taken by {@code actor}.
	 * @see PlanStatusCommand
	 */
	@Transactional
	public Plan moveTo(long planId, PlanStatusCommand command, String actor) {
		Plan plan = this.plans.get(planId);
		plan.requireVersion(command.version());
		AppUser by = this.users.requireByUsername(actor);
		switch (command.status()) {
			case IN_REVIEW -> plan.submitForReview(by);
			case APPROVED -> {
				plan.approve(by);
				this.records.approved(plan, by, command.comment());
			}
			case DRAFT -> toDraft(plan, by, command.comment());
			case ACTIVE -> plan.activate(by);
			case CLOSED -> plan.close(by);
			case ARCHIVED -> plan.archive(by);
		}
		return this.repository.saveAndFlush(plan);
	}

	private void toDraft(Plan plan, AppUser by, String comment) {
		if (plan.getStatus() == PlanStatus.IN_REVIEW) {
			if (plan.accessFor(by).decidesAsReviewer()) {
				plan.returnForChanges(by, comment);
				this.records.returned(plan, by, comment);
			}
			else {
				plan.withdrawFromReview(by);
			}
		}
		else {
			plan.startRevision(by);
		}
	}

}
