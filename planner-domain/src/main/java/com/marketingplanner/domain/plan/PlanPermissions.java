package com.marketingplanner.domain.plan;

import java.util.Optional;

import com.marketingplanner.domain.user.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "what may this person do with this plan" in one query, for the security layer
 * that guards every {@code /plans/{id}/…} request and for pages that show only the
 * actions a person may take. The rules themselves are {@link PlanAccess}'s.
 */
@Component
@Transactional(readOnly = true)
public class PlanPermissions {

	private final JdbcClient jdbc;

	public PlanPermissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the user may do with the plan now; empty when there is no such plan. An
	 * unknown or disabled user may do nothing.
	 */
	public Optional<PlanActions> of(long planId, String username) {
		return this.jdbc.sql("""
				select p.visibility, p.status, p.owner_id, p.submitted_by, u.id as user_id, u.role as user_role,
				       u.enabled, m.role as member_role
				from plan p
				left join app_user u on u.username = :username
				left join plan_member m on m.plan_id = p.id and m.user_id = u.id
				where p.id = :planId""").param("planId", planId).param("username", username).query((row, index) -> {
			PlanStatus status = PlanStatus.valueOf(row.getString("status"));
			long userId = row.getLong("user_id");
			if (row.wasNull() || !row.getBoolean("enabled")) {
				return new PlanActions(new PlanAccess(Role.VIEWER, null, PlanVisibility.MEMBERS), status, false);
			}
			MemberRole membership = (row.getLong("owner_id") == userId) ? MemberRole.OWNER
					: Optional.ofNullable(row.getString("member_role")).map(MemberRole::valueOf).orElse(null);
			PlanAccess access = new PlanAccess(Role.valueOf(row.getString("user_role")), membership,
					PlanVisibility.valueOf(row.getString("visibility")));
			long submittedBy = row.getLong("submitted_by");
			return new PlanActions(access, status, !row.wasNull() && submittedBy == userId);
		}).optional();
	}

}
