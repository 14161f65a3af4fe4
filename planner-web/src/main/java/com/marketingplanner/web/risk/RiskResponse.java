package com.marketingplanner.web.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.KpiThreshold;

/**
 * A risk as the API returns it: the command's fields plus what is computed. {@code score}
 * = probability × impact, {@code expectedMonetaryImpact} = probability × impactAmount and
 * {@code heatMapCell} are {@code null} when an input is missing; {@code scoreMissing}
 * then names the missing inputs.
 */
public record RiskResponse(long id, String category, String title, String description, BigDecimal probability,
		Integer impact, BigDecimal impactAmount, String impactText, BigDecimal score, List<String> scoreMissing,
		BigDecimal expectedMonetaryImpact, HeatMapCell heatMapCell, RiskStrategy strategy, String mitigation,
		String contingency, String owner, RiskStatus status, Set<RiskStatus> allowedTransitions,
		Frequency reviewCadence, Long warningKpiId, ComparisonOperator warningOperator, BigDecimal warningThreshold,
		String warningText, int position, long version) {

	static RiskResponse from(Risk risk) {
		KpiThreshold warning = risk.getWarningIndicator();
		return new RiskResponse(risk.getId(), risk.getCategory(), risk.getTitle(), risk.getDescription(),
				risk.getProbability(), risk.getImpact(), risk.getImpactAmount(), risk.getImpactText(),
				risk.score().orElse(null), risk.missingForScore(), risk.expectedMonetaryImpact().orElse(null),
				risk.heatMapCell().orElse(null), risk.getStrategy(), risk.getMitigation(), risk.getContingency(),
				risk.getOwner(), risk.getStatus(), risk.getStatus().next(), risk.getReviewCadence(),
				(warning != null) ? warning.getKpiId() : null, (warning != null) ? warning.getOperator() : null,
				(warning != null) ? warning.getValue() : null, risk.getWarningText(), risk.getPosition(),
				risk.getVersion());
	}

}
