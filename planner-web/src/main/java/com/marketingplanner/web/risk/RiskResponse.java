package com.marketingplanner.web.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.domain.risk.ImpactBase;
import com.marketingplanner.domain.risk.ImpactSource;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.risk.RiskTrigger;
import com.marketingplanner.domain.risk.TriggerCondition;
import com.marketingplanner.domain.shared.Frequency;

/**
 * A risk as the API returns it: the command's fields plus what is computed.
 * {@code impactLevel} is the impact on the 1–5 scale (stated, or mapped from the share or
 * the amount: {@code impactSource}); {@code score} = probability × impact level,
 * {@code lossAmount} the money lost if it occurs, {@code expectedMonetaryImpact} =
 * probability × loss and {@code heatMapCell} are {@code null} when an input is missing;
 * {@code scoreMissing} then names the missing inputs.
 */
public record RiskResponse(long id, String category, String title, String description, BigDecimal probability,
		Integer impact, BigDecimal impactAmount, BigDecimal impactShare, ImpactBase impactBase, String impactText,
		Integer impactLevel, ImpactSource impactSource, BigDecimal score, List<String> scoreMissing,
		BigDecimal lossAmount, BigDecimal expectedMonetaryImpact, HeatMapCell heatMapCell, RiskStrategy strategy,
		String mitigation, String contingency, String owner, RiskStatus status, Set<RiskStatus> allowedTransitions,
		Frequency reviewCadence, List<Trigger> triggers, String warningText, Set<Long> crisisLevelIds, int position,
		long version) {

	static RiskResponse from(Risk risk) {
		return new RiskResponse(risk.getId(), risk.getCategory(), risk.getTitle(), risk.getDescription(),
				risk.getProbability(), risk.getImpact(), risk.getImpactAmount(), risk.getImpactShare(),
				risk.getImpactBase(), risk.getImpactText(), risk.impactLevel().orElse(null), risk.impactSource(),
				risk.score().orElse(null), risk.missingForScore(), risk.lossAmount().orElse(null),
				risk.expectedMonetaryImpact().orElse(null), risk.heatMapCell().orElse(null), risk.getStrategy(),
				risk.getMitigation(), risk.getContingency(), risk.getOwner(), risk.getStatus(), risk.getStatus().next(),
				risk.getReviewCadence(), risk.getTriggers().stream().map(Trigger::from).toList(), risk.getWarningText(),
				risk.getCrisisLevelIds(), risk.getPosition(), risk.getVersion());
	}

	/** A trigger of the risk. */
	public record Trigger(Long kpiId, String metric, TriggerCondition condition, BigDecimal value,
			BigDecimal upperValue, Integer periodDays, String unit, String response) {

		static Trigger from(RiskTrigger trigger) {
			return new Trigger(trigger.getKpiId(), trigger.getMetric(), trigger.getCondition(), trigger.getValue(),
					trigger.getUpperValue(), trigger.getPeriodDays(), trigger.getUnit(), trigger.getResponse());
		}

	}

}
