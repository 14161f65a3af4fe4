package com.marketingplanner.domain.timeline;

import java.time.LocalDate;
import java.util.UUID;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans, KPIs and budget lines for service tests of timeline, risks and campaigns. KPIs
 * and budget lines are other features' entities: they are written as rows.
 */
public final class PlanFixtures {

	private final TestEntityManager entities;

	private final JdbcClient jdbc;

	public PlanFixtures(TestEntityManager entities, JdbcClient jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
	}

	/** A draft plan for the calendar year 2026. */
	public Plan plan2026() {
		return plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
	}

	public Plan plan(LocalDate start, LocalDate end) {
		AppUser owner = this.entities
			.persist(new AppUser("owner-" + UUID.randomUUID(), "Owner", "not-a-hash", Role.PLANNER));
		Plan plan = this.entities.persist(new Plan("Plan", owner, new DateRange(start, end)));
		this.entities.flush();
		return plan;
	}

	/** Approves the plan (its owner submits it, an approver approves it). */
	public void approve(Plan plan) {
		plan.submitForReview(plan.getOwner());
		plan.approve(approver());
		this.entities.flush();
	}

	/** Closes the plan (it becomes read-only). */
	public void close(Plan plan) {
		approve(plan);
		plan.activate(plan.getOwner());
		plan.close(plan.getOwner());
		this.entities.flush();
	}

	/** A new approver account. */
	public AppUser approver() {
		return this.entities
			.persist(new AppUser("approver-" + UUID.randomUUID(), "Approver", "not-a-hash", Role.APPROVER));
	}

	public long kpi(Plan plan, String name) {
		return this.jdbc
			.sql("insert into kpi (plan_id, name, direction, target_type, target) "
					+ "values (:planId, :name, 'HIGHER_IS_BETTER', 'AT_LEAST', 1) returning id")
			.param("planId", plan.getId())
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public long budgetLine(Plan plan, String name) {
		return this.jdbc.sql("insert into budget_line (plan_id, name) values (:planId, :name) returning id")
			.param("planId", plan.getId())
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
