package com.marketingplanner.analytics.funnel;

import com.marketingplanner.analytics.Figure;

/**
 * One step of a {@link FunnelReport}; see {@link StageFunnel} for the formulas.
 *
 * @param index 0-based position in the funnel
 * @param name the stage
 * @param users users at this stage, nᵢ
 * @param stepRate nᵢ ÷ nᵢ₋₁ (1 for the first stage when n₀ &gt; 0)
 * @param cumulativeRate nᵢ ÷ n₀
 * @param dropOff nᵢ₋₁ − nᵢ (0 for the first stage)
 * @param dropOffRate (nᵢ₋₁ − nᵢ) ÷ nᵢ₋₁ = 1 − step rate
 */
public record StepRate(int index, String name, long users, Figure stepRate, Figure cumulativeRate, long dropOff,
		Figure dropOffRate) {

}
