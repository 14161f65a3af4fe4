package com.marketingplanner.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.plan.PlanStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the plan and the plan part (budget line or KPI) a row of a plan-scoped file
 * names, by id or by name: the plan by {@code plan_id} or its title in {@code plan}, the
 * part by {@code <part>_id} or its name within that plan. An id wins when both are
 * filled; a name must name exactly one. The plan must exist and be editable (not closed
 * or archived). Every miss is reported on the row, naming the column.
 */
final class PlanRows {

	private final JdbcClient jdbc;

	private final String partTable;

	private final String part;

	private final Long requestPlanId;

	private final Map<Long, PlanStatus> statusById = new HashMap<>();

	private final Map<Long, String> titleById = new HashMap<>();

	private final Map<String, List<Long>> idsByTitle = new HashMap<>();

	private final Map<Long, Map<Long, String>> partsByPlan = new HashMap<>();

	/**
	 * @param partTable {@code budget_line} or {@code kpi}
	 * @param part the column prefix, {@code line} or {@code kpi}
	 */
	PlanRows(JdbcClient jdbc, String partTable, String part, Long requestPlanId) {
		this.jdbc = jdbc;
		this.partTable = partTable;
		this.part = part;
		this.requestPlanId = requestPlanId;
		jdbc.sql("select id, title, status from plan").query((row) -> {
			long id = row.getLong("id");
			this.statusById.put(id, PlanStatus.valueOf(row.getString("status")));
			this.titleById.put(id, row.getString("title"));
			this.idsByTitle.computeIfAbsent(row.getString("title").strip(), (title) -> new ArrayList<>()).add(id);
		});
	}

	/** The plan of the current row, or null (reported). */
	Long plan(ImportRows rows) {
		int idColumn = rows.column("plan_id");
		int nameColumn = rows.column("plan");
		Long id = null;
		int column = idColumn;
		if (!rows.isEmpty(idColumn)) {
			id = number(rows, idColumn, "plan");
			if (id == null) {
				return null;
			}
		}
		else if (!rows.isEmpty(nameColumn)) {
			column = nameColumn;
			List<Long> ids = this.idsByTitle.getOrDefault(rows.text(nameColumn), List.of());
			if (ids.size() != 1) {
				rows.error(nameColumn, ids.isEmpty() ? "no plan is titled '" + rows.text(nameColumn) + "'"
						: ids.size() + " plans are titled '" + rows.text(nameColumn) + "'; give plan_id");
				return null;
			}
			id = ids.get(0);
		}
		else if (this.requestPlanId != null) {
			id = this.requestPlanId;
		}
		else {
			rows.error((idColumn >= 0) ? idColumn : nameColumn, "empty plan_id and plan");
			return null;
		}
		PlanStatus status = this.statusById.get(id);
		if (status == null) {
			rows.error(column, "plan " + id + " does not exist");
			return null;
		}
		if (!status.isEditable()) {
			rows.error(column, "plan " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
					+ " and can no longer be edited");
			return null;
		}
		if (this.requestPlanId != null && !this.requestPlanId.equals(id)) {
			rows.error(column, "plan " + id + " is not plan " + this.requestPlanId + " of the request");
			return null;
		}
		return id;
	}

	/**
	 * The budget line or KPI of the current row within {@code planId}, or null
	 * (reported).
	 */
	Long part(ImportRows rows, long planId) {
		int idColumn = rows.column(this.part + "_id");
		int nameColumn = rows.column(this.part);
		Map<Long, String> parts = this.partsByPlan.computeIfAbsent(planId, this::parts);
		if (!rows.isEmpty(idColumn)) {
			Long id = number(rows, idColumn, this.part);
			if (id != null && !parts.containsKey(id)) {
				rows.error(idColumn, this.part + " " + id + " is not a " + label() + " of plan " + planId);
				return null;
			}
			return id;
		}
		if (rows.isEmpty(nameColumn)) {
			rows.error((idColumn >= 0) ? idColumn : nameColumn, "empty " + this.part + "_id and " + this.part);
			return null;
		}
		String name = rows.text(nameColumn);
		List<Long> matches = parts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().strip().equals(name))
			.map(Map.Entry::getKey)
			.toList();
		if (matches.size() != 1) {
			rows.error(nameColumn,
					matches.isEmpty() ? "plan " + planId + " has no " + label() + " named '" + name + "'"
							: "plan " + planId + " has " + matches.size() + " " + label() + "s named '" + name
									+ "'; give " + this.part + "_id");
			return null;
		}
		return matches.get(0);
	}

	private String label() {
		return "budget_line".equals(this.partTable) ? "budget line" : "KPI";
	}

	private Map<Long, String> parts(long planId) {
		Map<Long, String> parts = new HashMap<>();
		// partTable is one of two constants, never input
		this.jdbc.sql("select id, name from " + this.partTable + " where plan_id = :planId")
			.param("planId", planId)
			.query((row) -> {
				parts.put(row.getLong("id"), row.getString("name"));
			});
		return parts;
	}

	private static Long number(ImportRows rows, int column, String what) {
		String text = rows.text(column);
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			rows.error(column, "'" + text + "' is not a " + what + " id");
			return null;
		}
	}

}
