package com.marketingplanner.web.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.GateCondition;
import com.marketingplanner.domain.timeline.GateEvaluation;
import com.marketingplanner.domain.timeline.GateMatch;
import com.marketingplanner.domain.timeline.GateState;
import com.marketingplanner.domain.timeline.KpiThreshold;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneStatus;

/**
 * A milestone as the API returns it, with the same field names as the command (so it can
 * be edited and sent back), plus the statuses it may move to and the gate's evaluation.
 * {@code gateKpiId}, {@code gateOperator}, {@code gateValue} and {@code gateText} are the
 * gate as a single condition, for clients from before gates had several (see
 * {@code MilestoneCommand}); {@code gateConditions} is the whole gate, combined by
 * {@code gateMatch}, and {@code gateState} where it stands (null without a gate).
 */
public record MilestoneResponse(long id, String title, LocalDate dueDate, Long phaseId, String deliverable,
		String acceptanceCriteria, MilestoneStatus status, Set<MilestoneStatus> allowedTransitions, String owner,
		List<Long> dependsOnIds, Long gateKpiId, ComparisonOperator gateOperator, BigDecimal gateValue, String gateText,
		long version, GateMatch gateMatch, List<Condition> gateConditions, GateState gateState) {

	/**
	 * One gate condition: a KPI comparison ({@code kpiId} null when its KPI was deleted)
	 * or a condition in words with its last check ({@code checkState}, by whom, when);
	 * {@code state} is where it stands now.
	 */
	public record Condition(int position, boolean kpiComparison, Long kpiId, ComparisonOperator operator,
			BigDecimal value, String text, GateState state, GateState checkState, String checkedBy, Instant checkedAt) {

	}

	static MilestoneResponse from(Milestone milestone, MilestoneGates gates) {
		KpiThreshold gate = milestone.getGate();
		GateEvaluation evaluation = gates.of(milestone);
		List<Condition> conditions = new ArrayList<>();
		for (int i = 0; i < milestone.getGateConditions().size(); i++) {
			GateCondition condition = milestone.getGateConditions().get(i);
			boolean comparison = condition.isKpiComparison();
			conditions.add(new Condition(i, comparison, condition.getKpiId(), condition.getOperator(),
					condition.getValue(), condition.getText(), (evaluation != null) ? evaluation.condition(i) : null,
					comparison ? null : condition.getCheckState(), condition.getCheckedBy(), condition.getCheckedAt()));
		}
		return new MilestoneResponse(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
				milestone.getPhaseId(), milestone.getDeliverable(), milestone.getAcceptanceCriteria(),
				milestone.getStatus(), milestone.getStatus().next(), milestone.getOwner(),
				milestone.getDependsOnIds().stream().sorted().toList(), (gate != null) ? gate.getKpiId() : null,
				(gate != null) ? gate.getOperator() : null, (gate != null) ? gate.getValue() : null,
				milestone.getGateText(), milestone.getVersion(), milestone.getGateMatch(), conditions,
				(evaluation != null) ? evaluation.state() : null);
	}

}
