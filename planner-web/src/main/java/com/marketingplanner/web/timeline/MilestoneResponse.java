package com.marketingplanner.web.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.KpiThreshold;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneStatus;

/**
 * A milestone as the API returns it, with the same field names as the command (so it can
 * be edited and sent back), plus the statuses it may move to.
 */
public record MilestoneResponse(long id, String title, LocalDate dueDate, Long phaseId, String deliverable,
		String acceptanceCriteria, MilestoneStatus status, Set<MilestoneStatus> allowedTransitions, String owner,
		List<Long> dependsOnIds, Long gateKpiId, ComparisonOperator gateOperator, BigDecimal gateValue, String gateText,
		long version) {

	static MilestoneResponse from(Milestone milestone) {
		KpiThreshold gate = milestone.getGate();
		return new MilestoneResponse(milestone.getId(), milestone.getTitle(), milestone.getDueDate(),
				milestone.getPhaseId(), milestone.getDeliverable(), milestone.getAcceptanceCriteria(),
				milestone.getStatus(), milestone.getStatus().next(), milestone.getOwner(),
				milestone.getDependsOnIds().stream().sorted().toList(), (gate != null) ? gate.getKpiId() : null,
				(gate != null) ? gate.getOperator() : null, (gate != null) ? gate.getValue() : null,
				milestone.getGateText(), milestone.getVersion());
	}

}
