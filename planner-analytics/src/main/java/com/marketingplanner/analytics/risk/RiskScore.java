package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Assessment of one risk by {@link RiskAssessment#assess(Risk)}.
 *
 * @param id the risk's id
 * @param score probability × impact, in [0, 5]
 * @param expectedMonetaryImpact probability × magnitude, empty when no magnitude is known
 * @param cell the heat-map cell
 */
public record RiskScore(String id, double score, Optional<BigDecimal> expectedMonetaryImpact, HeatMapCell cell) {

}
