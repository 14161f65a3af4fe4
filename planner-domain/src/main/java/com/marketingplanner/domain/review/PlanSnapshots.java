package com.marketingplanner.domain.review;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes a {@link PlanSnapshot} of a plan from its tables: what a baseline keeps and a
 * diff compares (budget lines and rules, targets, dates, risks, campaigns). Each query
 * names its compared fields. References to other items of the plan are kept as their ids
 * ({@code parent_id}, {@code phase_id}, {@code budget_line_id}; {@link BaselineDiff}
 * shows them by name), so renaming a line is not a change of its sub-lines; channels are
 * kept by code.
 */
@Component
public class PlanSnapshots {

	private static final Map<String, String> QUERIES = new LinkedHashMap<>();

	static {
		QUERIES.put("plan", """
				select id, title as label, title, period_start, period_end, currency, total_budget
				from plan where id = :planId""");
		QUERIES.put("budget_line", """
				select l.id, l.name as label, l.name, l.parent_id, c.code as channel, l.phase_id,
				       l.quarter, l.planned_amount, l.planned_percentage, l.percentage_base,
				       (select string_agg(t.tag, ', ' order by t.tag) from budget_line_tag t
				        where t.budget_line_id = l.id) as tags
				from budget_line l
				left join channel c on c.id = l.channel_id
				where l.plan_id = :planId order by l.position, l.id""");
		QUERIES.put("allocation_rule", """
				select id, kind || ' ' || scope_type || coalesce(' ' || scope_value, '') as label,
				       kind, scope_type, scope_value, share, threshold, base
				from allocation_rule where plan_id = :planId order by position, id""");
		QUERIES.put("kpi", """
				select id, name as label, name, unit, direction, target_type, baseline, target, challenge, benchmark,
				       due_date
				from kpi where plan_id = :planId order by position, id""");
		QUERIES.put("phase", """
				select id, name as label, name, start_date, end_date
				from phase where plan_id = :planId order by position, start_date, id""");
		QUERIES.put("milestone", """
				select id, title as label, title, due_date, phase_id
				from milestone where plan_id = :planId order by due_date, id""");
		QUERIES.put("risk", """
				select id, title as label, title, category, probability, impact, impact_amount, strategy
				from risk where plan_id = :planId order by position, id""");
		QUERIES.put("campaign", """
				select cp.id, cp.name as label, cp.name, cp.start_date, cp.end_date, cp.budget_line_id,
				       (select string_agg(c.code, ', ' order by c.code) from campaign_channel cc
				        join channel c on c.id = cc.channel_id where cc.campaign_id = cp.id) as channels,
				       cp.high_risk
				from campaign cp
				where cp.plan_id = :planId order by cp.start_date, cp.id""");
	}

	private final JdbcClient jdbc;

	public PlanSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan's content now. */
	public PlanSnapshot of(long planId) {
		List<SnapshotItem> items = new ArrayList<>();
		QUERIES.forEach((kind, sql) -> items
			.addAll(this.jdbc.sql(sql).param("planId", planId).query((row, index) -> item(kind, row)).list()));
		return new PlanSnapshot(items);
	}

	private static SnapshotItem item(String kind, ResultSet row) throws SQLException {
		ResultSetMetaData meta = row.getMetaData();
		Map<String, String> fields = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			String name = meta.getColumnLabel(column);
			if (!name.equals("id") && !name.equals("label")) {
				fields.put(name, text(row.getObject(column)));
			}
		}
		return new SnapshotItem(kind, row.getLong("id"), row.getString("label"), fields);
	}

	/** Numbers in plain notation without trailing zeros, dates ISO-8601. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString();
	}

}
