package com.marketingplanner.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marketingplanner.domain.audit.AuditEntry.AuditAction;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan's audit trail, newest first. The trail is written only by the database's
 * triggers and is never changed (ADR 0073); this service has no write method.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final PlanService plans;

	private final JdbcClient jdbc;

	public AuditTrail(PlanService plans, JdbcClient jdbc) {
		this.plans = plans;
		this.jdbc = jdbc;
	}

	public Page<AuditEntry> of(long planId, AuditFilter filter, Pageable pageable) {
		this.plans.get(planId);
		StringBuilder where = new StringBuilder(" where plan_id = :planId");
		Map<String, Object> params = new TreeMap<>();
		params.put("planId", planId);
		if (filter.entity() != null && !filter.entity().isBlank()) {
			where.append(" and entity = :entity");
			params.put("entity", filter.entity().strip());
		}
		if (filter.entityId() != null) {
			where.append(" and entity_id = :entityId");
			params.put("entityId", filter.entityId());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" and actor = :actor");
			params.put("actor", filter.actor().strip());
		}
		long total = this.jdbc.sql("select count(*) from audit_entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> entries = new ArrayList<>();
		if (total > 0) {
			String sql = "select * from audit_entry" + where + " order by id desc";
			if (pageable.isPaged()) {
				sql += " limit " + pageable.getPageSize() + " offset " + pageable.getOffset();
			}
			entries = this.jdbc.sql(sql).params(params).query((row, index) -> entry(row)).list();
		}
		return new PageImpl<>(entries, pageable, total);
	}

	/** The kinds of items that have entries in the plan's trail, for filters. */
	public List<String> entities(long planId) {
		return this.jdbc.sql("select distinct entity from audit_entry where plan_id = :planId order by entity")
			.param("planId", planId)
			.query(String.class)
			.list();
	}

	private static AuditEntry entry(ResultSet row) throws SQLException {
		long id = row.getLong("entity_id");
		Long entityId = row.wasNull() ? null : id;
		return new AuditEntry(row.getLong("id"), row.getLong("plan_id"), row.getTimestamp("changed_at").toInstant(),
				row.getString("actor"), row.getString("entity"), entityId, row.getString("entity_label"),
				AuditAction.valueOf(row.getString("action")), row.getString("field"), row.getString("old_value"),
				row.getString("new_value"), row.getLong("transaction_id"));
	}

}
