package com.marketingplanner.domain.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines of plans (ADR 0072): approving a plan keeps its content as a JSON snapshot;
 * any baseline can be compared with the plan now or with a later baseline. The table
 * refuses updates and deletes, so a baseline is what was approved, for good.
 */
@Service
@Transactional(readOnly = true)
public class Baselines {

	private static final String COLUMNS = "id, plan_id, number, revision, approved_by, approved_at";

	private final PlanService plans;

	private final PlanSnapshots snapshots;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public Baselines(PlanService plans, PlanSnapshots snapshots, JdbcClient jdbc) {
		this.plans = plans;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the plan's content now as its next baseline, approved by {@code approver}.
	 */
	@Transactional
	public Baseline take(Plan plan, AppUser approver) {
		String snapshot = this.json.writeValueAsString(this.snapshots.of(plan.getId()));
		long id = this.jdbc.sql("""
				insert into plan_baseline (plan_id, number, revision, approved_by, snapshot)
				values (:planId, (select coalesce(max(number), 0) + 1 from plan_baseline where plan_id = :planId),
				        :revision, :approvedBy, cast(:snapshot as jsonb))
				returning id""")
			.param("planId", plan.getId())
			.param("revision", plan.getRevision())
			.param("approvedBy", approver.getUsername())
			.param("snapshot", snapshot)
			.query(Long.class)
			.single();
		return get(plan.getId(), id);
	}

	/** The plan's baselines, newest first. */
	public List<Baseline> list(long planId) {
		this.plans.get(planId);
		return this.jdbc.sql("select " + COLUMNS + " from plan_baseline where plan_id = :planId order by number desc")
			.param("planId", planId)
			.query((row, index) -> baseline(row))
			.list();
	}

	/** The baseline, provided it belongs to the plan (404 otherwise). */
	public Baseline get(long planId, long baselineId) {
		return this.jdbc.sql("select " + COLUMNS + " from plan_baseline where id = :id and plan_id = :planId")
			.param("id", baselineId)
			.param("planId", planId)
			.query((row, index) -> baseline(row))
			.optional()
			.orElseThrow(() -> new ResourceNotFoundException("Baseline", baselineId));
	}

	/** The plan's content as the baseline kept it. */
	public PlanSnapshot snapshot(long planId, long baselineId) {
		get(planId, baselineId);
		String text = this.jdbc.sql("select snapshot::text from plan_baseline where id = :id")
			.param("id", baselineId)
			.query(String.class)
			.single();
		return this.json.readValue(text, PlanSnapshot.class);
	}

	/**
	 * What changed since the baseline: up to now ({@code againstId} {@code null}) or up
	 * to another baseline of the plan.
	 */
	public BaselineComparison compare(long planId, long baselineId, Long againstId) {
		this.plans.get(planId);
		Baseline baseline = get(planId, baselineId);
		PlanSnapshot older = snapshot(planId, baselineId);
		if (againstId == null) {
			return new BaselineComparison(baseline, null, BaselineDiff.between(older, this.snapshots.of(planId)));
		}
		Baseline against = get(planId, againstId);
		return new BaselineComparison(baseline, against, BaselineDiff.between(older, snapshot(planId, againstId)));
	}

	private static Baseline baseline(ResultSet row) throws SQLException {
		return new Baseline(row.getLong("id"), row.getLong("plan_id"), row.getInt("number"), row.getInt("revision"),
				row.getString("approved_by"), row.getTimestamp("approved_at").toInstant());
	}

}
