package com.marketingplanner.domain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks that an id given in a request names a KPI, a budget line or a phase of the same
 * plan, and lists them by name for the choices on forms. These are other features'
 * entities, so features that refer to them (timeline, risks, campaigns, budget) keep the
 * ids as plain numbers and check them against the tables instead of mapping associations.
 */
@Component
public class PlanReferences {

	private final JdbcClient jdbc;

	public PlanReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws BusinessRuleViolation on {@code field} when {@code kpiId} is given and is
	 * not a KPI of the plan
	 */
	public void requireKpi(long planId, Long kpiId, String field) {
		if (kpiId != null && !exists("kpi", planId, kpiId)) {
			throw new BusinessRuleViolation(field, "error.reference.kpi-unknown",
					"KPI " + kpiId + " is not a KPI of this plan", kpiId);
		}
	}

	/**
	 * @throws BusinessRuleViolation on {@code field} when {@code budgetLineId} is given
	 * and is not a budget line of the plan
	 */
	public void requireBudgetLine(long planId, Long budgetLineId, String field) {
		if (budgetLineId != null && !exists("budget_line", planId, budgetLineId)) {
			throw new BusinessRuleViolation(field, "error.reference.budget-line-unknown",
					"Budget line " + budgetLineId + " is not a budget line of this plan", budgetLineId);
		}
	}

	/**
	 * The plan's KPIs by id, with their names, in the plan's order; for choices on forms.
	 */
	public Map<Long, String> kpiNames(long planId) {
		return names("select id, name from kpi where plan_id = :planId order by position, id", planId);
	}

	/**
	 * The plan's budget lines by id, with their names, in tree order: a line, then its
	 * sub-lines; siblings by position (as the budget page lists them).
	 */
	public Map<Long, String> budgetLineNames(long planId) {
		return names("""
				with recursive line_tree (id, name, path) as (
				    select id, name, array[position::bigint, id] from budget_line
				    where plan_id = :planId and parent_id is null
				  union all
				    select child.id, child.name, line_tree.path || array[child.position::bigint, child.id]
				    from budget_line child join line_tree on child.parent_id = line_tree.id
				)
				select id, name from line_tree order by path""", planId);
	}

	/** Whether {@code phaseId} is a phase of the plan. */
	public boolean isPhaseOf(long planId, long phaseId) {
		return exists("phase", planId, phaseId);
	}

	/** The plan's phases by id, with their names, in timeline order. */
	public Map<Long, String> phaseNames(long planId) {
		return names("select id, name from phase where plan_id = :planId order by position, start_date, id", planId);
	}

	private Map<Long, String> names(String sql, long planId) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql(sql)
			.param("planId", planId)
			.query((row, index) -> Map.entry(row.getLong("id"), row.getString("name")))
			.list()
			.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

	private boolean exists(String table, long planId, long id) {
		// table is one of the constants above, never request input
		return this.jdbc.sql("select exists (select 1 from " + table + " where id = :id and plan_id = :planId)")
			.param("id", id)
			.param("planId", planId)
			.query(Boolean.class)
			.single();
	}

}
