package com.marketingplanner.domain.template;

import java.util.Map;

/**
 * Where a command's field lies in a plan document: {@code goalId} of a KPI command is the
 * KPI's {@code goal} key, {@code gateKpiId} of a milestone command its {@code gate.kpi}.
 * Fields without an entry are the document's snake_case name of the field.
 */
enum FieldPaths {

	NONE(Map.of()),

	PLAN(Map.of()),

	GOAL(Map.of("parentId", "parent")),

	KPI(Map.of("goalId", "goal", "benchmarkCase", "is_benchmark")),

	MILESTONE(Map.of("phaseId", "phase", "gateKpiId", "gate.kpi", "gateOperator", "gate.operator", "gateValue",
			"gate.value", "gateText", "gate.text", "dependsOnIds", "depends_on", "gateConditions", "gate.conditions",
			"gateMatch", "gate.match")),

	BUDGET_LINE(Map.of("parentId", "", "channelCode", "channel", "phaseId", "phase")),

	RISK(Map.of("crisisLevelIds", "crisis_levels")),

	SCENARIO(Map.of("riskId", "risk")),

	CAMPAIGN(Map.of("budgetLineId", "budget_line", "kpiIds", "kpis")),

	OFF_BUDGET_COST(Map.of("partnerId", "partner")),

	DRIVER(Map.of("kpiId", "kpi")),

	OFFER(Map.of("campaignId", "campaign", "channelCode", "channel", "partnerId", "partner")),

	TOOL(Map.of("ownerUnitId", "owner_unit")),

	DASHBOARD(Map.of("kpiIds", "kpis"));

	private final Map<String, String> overrides;

	FieldPaths(Map<String, String> overrides) {
		this.overrides = overrides;
	}

	/**
	 * The JSON path of a command field of the item at {@code itemPath}; the item's path
	 * when the field is {@code null} or empty.
	 * @param field a field name or a Bean Validation property path ({@code tags[2]})
	 */
	String path(String itemPath, String field) {
		if (field == null || field.isEmpty()) {
			return itemPath;
		}
		String plain = field.replace(".<list element>", "").replace(".<iterable element>", "");
		int bracket = plain.indexOf('[');
		String name = (bracket >= 0) ? plain.substring(0, bracket) : plain;
		String rest = (bracket >= 0) ? plain.substring(bracket) : "";
		String mapped = this.overrides.containsKey(name) ? this.overrides.get(name) : snakeCase(name);
		// a gate condition's KPI id is its document key "kpi"; nested fields are
		// snake_case too
		rest = snakeCase(rest.replace("].kpiId", "].kpi"));
		return mapped.isEmpty() ? itemPath : itemPath + "." + mapped + rest;
	}

	static String snakeCase(String camelCase) {
		StringBuilder snake = new StringBuilder();
		for (char c : camelCase.toCharArray()) {
			if (Character.isUpperCase(c)) {
				snake.append('_').append(Character.toLowerCase(c));
			}
			else {
				snake.append(c);
			}
		}
		return snake.toString();
	}

}
