package com.marketingplanner.domain.comment;

/**
 * The kinds of plan items a comment can be about, with the table and the column that
 * names an item (used to check that an item belongs to the plan and to label threads). A
 * comment on the plan itself names the plan's id.
 */
public enum CommentTarget {

	PLAN("plan", "title"), SECTION("plan_section", "heading"), GOAL("goal", "title"), KPI("kpi", "name"),
	BUDGET_LINE("budget_line", "name"), ALLOCATION_RULE("allocation_rule", "kind"), PHASE("phase", "name"),
	MILESTONE("milestone", "title"), RISK("risk", "title"), CAMPAIGN("campaign", "name");

	private final String table;

	private final String labelColumn;

	CommentTarget(String table, String labelColumn) {
		this.table = table;
		this.labelColumn = labelColumn;
	}

	/**
	 * The SQL that finds an item's label within a plan (parameters {@code id},
	 * {@code planId}).
	 */
	String labelQuery() {
		String planColumn = (this == PLAN) ? "id" : "plan_id";
		return "select " + this.labelColumn + " from " + this.table + " where id = :id and " + planColumn
				+ " = :planId";
	}

	/**
	 * The SQL that lists a plan's items of this kind with their labels (parameter
	 * {@code planId}).
	 */
	String listQuery() {
		String planColumn = (this == PLAN) ? "id" : "plan_id";
		return "select id, " + this.labelColumn + " as label from " + this.table + " where " + planColumn
				+ " = :planId order by id";
	}

}
