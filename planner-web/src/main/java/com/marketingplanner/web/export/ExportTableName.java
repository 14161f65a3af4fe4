package com.marketingplanner.web.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * The tables of a plan that can be exported ({@code table=} of the export). Two of them
 * have exactly the columns of an import kind, so an edited export can be imported back:
 * {@link #LINE_SPEND} ({@code line-spend}) and {@link #KPI_MEASUREMENTS}
 * ({@code kpi-measurements}).
 */
public enum ExportTableName {

	KPIS("kpis"), KPI_MEASUREMENTS("kpi-measurements"), BUDGET_LINES("budget-lines"), LINE_SPEND("line-spend"),
	MILESTONES("milestones"), RISKS("risks"), CAMPAIGNS("campaigns");

	private final String code;

	ExportTableName(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	/**
	 * @throws BusinessRuleViolation on {@code table} for an unknown name
	 */
	static ExportTableName of(String code) {
		return Arrays.stream(values())
			.filter((table) -> table.code.equals((code != null) ? code.strip() : null))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("table", "error.export.table-unknown",
					"'" + code + "' is not an exported table; use one of " + codes(), String.valueOf(code), codes()));
	}

	static String codes() {
		return Arrays.stream(values()).map(ExportTableName::code).collect(Collectors.joining(", "));
	}

	/** The names of every table, in export order. */
	public static List<String> names() {
		return Arrays.stream(values()).map(ExportTableName::code).toList();
	}

	static List<ExportTableName> all() {
		return List.of(values());
	}

}
