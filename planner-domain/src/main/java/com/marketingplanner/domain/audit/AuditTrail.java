package com.marketingplanner.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * triggers and is never changed (ADR 0073); this service has no write method. Values of
 * columns that name a person ({@code owner_id}, {@code submitted_by},
 * {@code approved_by}, {@code user_id}) are shown as usernames.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private static final Set<String> PERSON_FIELDS = Set.of("owner_id", "submitted_by", "approved_by", "user_id");

	private static final Set<String> CHANNEL_FIELDS = Set.of("channel_id", "channels");

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
			entries = withNames(this.jdbc.sql(sql).params(params).query((row, index) -> entry(row)).list());
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

	/**
	 * Shows the values of reference columns by name: people ({@code owner_id},
	 * {@code submitted_by}, {@code approved_by}, {@code user_id}) by username, channels
	 * ({@code channel_id}, {@code channels}) by code.
	 */
	private List<AuditEntry> withNames(List<AuditEntry> entries) {
		Map<String, String> people = names(entries, PERSON_FIELDS, "select id, username as name from app_user");
		Map<String, String> channels = names(entries, CHANNEL_FIELDS, "select id, code as name from channel");
		return entries.stream().map((entry) -> {
			Map<String, String> names = references(entry, PERSON_FIELDS) ? people
					: references(entry, CHANNEL_FIELDS) ? channels : null;
			return (names == null) ? entry
					: new AuditEntry(entry.id(), entry.planId(), entry.changedAt(), entry.actor(), entry.entity(),
							entry.entityId(), entry.entityLabel(), entry.action(), entry.field(),
							names.getOrDefault(entry.oldValue(), entry.oldValue()),
							names.getOrDefault(entry.newValue(), entry.newValue()), entry.transactionId());
		}).toList();
	}

	private Map<String, String> names(List<AuditEntry> entries, Set<String> fields, String query) {
		Set<Long> ids = new HashSet<>();
		entries.stream()
			.filter((entry) -> references(entry, fields))
			.forEach((entry) -> ids.addAll(ids(entry.oldValue(), entry.newValue())));
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql(query + " where id in (:ids)")
				.param("ids", ids)
				.query((row, index) -> names.put(Long.toString(row.getLong("id")), row.getString("name")))
				.list();
		}
		return names;
	}

	private static boolean references(AuditEntry entry, Set<String> fields) {
		return entry.field() != null && fields.contains(entry.field());
	}

	private static List<Long> ids(String... values) {
		List<Long> ids = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isEmpty() && value.length() < 19
					&& value.chars().allMatch(Character::isDigit)) {
				ids.add(Long.valueOf(value));
			}
		}
		return ids;
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
