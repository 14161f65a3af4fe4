package com.marketingplanner.analytics.experiment;

import com.marketingplanner.analytics.Figure;

/**
 * Result of {@link TwoProportionZTest#compare}; see there for the formulas.
 *
 * @param controlRate p₁
 * @param treatmentRate p₂
 * @param absoluteUplift p₂ − p₁
 * @param relativeUplift (p₂ − p₁) ÷ p₁, undefined when p₁ = 0
 * @param z the z statistic with the pooled standard error, undefined when it is zero
 * @param pValue two-sided p-value, undefined with z
 * @param confidenceLevel the level of the interval, e.g. 0.95
 * @param differenceLow lower end of the interval for p₂ − p₁
 * @param differenceHigh upper end of the interval for p₂ − p₁
 * @param significant whether the p-value is below 1 − confidence level
 */
public record ZTestResult(double controlRate, double treatmentRate, double absoluteUplift, Figure relativeUplift,
		Figure z, Figure pValue, double confidenceLevel, double differenceLow, double differenceHigh,
		boolean significant) {

}
