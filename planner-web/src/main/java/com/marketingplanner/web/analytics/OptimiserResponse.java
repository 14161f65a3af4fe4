package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.analytics.optimiser.ChannelAllocation;
import com.marketingplanner.analytics.optimiser.PowerCurve;
import com.marketingplanner.analytics.optimiser.ResponseCurve;
import com.marketingplanner.analytics.optimiser.SaturationCurve;
import com.marketingplanner.domain.analytics.OptimiserService.Curve;
import com.marketingplanner.domain.analytics.OptimiserService.Held;
import com.marketingplanner.domain.analytics.OptimiserService.Optimisation;

/**
 * The optimiser's recommendation as the API shows it: per channel the current and the
 * recommended amount, the change, the expected return of both and why; channels kept at
 * their current amount with the reason; the expected return of the whole current and
 * recommended split.
 *
 * @param undefinedReason why there is no recommendation ({@code no-channel-with-curve},
 * {@code constraints-conflict}), else {@code null}
 */
public record OptimiserResponse(String currency, BigDecimal budget, BigDecimal split, Double roiFloor,
		BigDecimal currentReturn, BigDecimal recommendedReturn, BigDecimal unallocated, List<Channel> channels,
		String undefinedReason, String howComputed) {

	static OptimiserResponse from(Optimisation optimisation, String howComputed) {
		List<Channel> channels = new ArrayList<>();
		if (optimisation.allocation() != null) {
			for (ChannelAllocation allocation : optimisation.allocation().channels()) {
				Curve curve = optimisation.curves()
					.stream()
					.filter((candidate) -> candidate.channel().equals(allocation.channel()))
					.findFirst()
					.orElseThrow();
				channels.add(new Channel(allocation.channel(), allocation.currentSpend(), allocation.recommendedSpend(),
						allocation.change(), allocation.recommendedShare(), allocation.currentReturn(),
						allocation.recommendedReturn(), allocation.marginalReturn(), allocation.reason().name(),
						curve(curve.curve()), curve.observations()));
			}
		}
		else {
			for (Curve curve : optimisation.curves()) {
				channels.add(new Channel(curve.channel(), curve.currentSpend(), null, null, null, null, null, null,
						null, curve(curve.curve()), curve.observations()));
			}
		}
		for (Held held : optimisation.held()) {
			channels.add(new Channel(held.channel(), held.currentSpend(), held.currentSpend(), BigDecimal.ZERO, null,
					null, null, null, held.reason(), null, held.observations()));
		}
		var allocation = optimisation.allocation();
		return new OptimiserResponse(optimisation.currency(), optimisation.budget(), optimisation.split(),
				optimisation.roiFloor(), (allocation != null) ? allocation.currentReturn() : null,
				(allocation != null) ? allocation.recommendedReturn() : null,
				(allocation != null) ? allocation.unallocated() : null, channels, optimisation.undefinedReason(),
				howComputed);
	}

	private static String curve(ResponseCurve curve) {
		if (curve instanceof PowerCurve power) {
			return String.format(java.util.Locale.ROOT, "r(x) = %.6g · x^%.4f", power.a(), power.beta());
		}
		if (curve instanceof SaturationCurve saturation) {
			return String.format(java.util.Locale.ROOT, "r(x) = %.6g · (1 − e^(−x / %.6g))", saturation.a(),
					saturation.b());
		}
		return null;
	}

	/**
	 * One channel.
	 *
	 * @param recommendedShare recommended ÷ the budget split
	 * @param marginalReturn the return of the next unit of spend at the recommended
	 * amount
	 * @param reason why it gets this amount (the optimiser's reason, or {@code no-curve})
	 * @param curve the fitted response curve, {@code null} when none
	 * @param observations the months of history the curve was fitted on
	 */
	public record Channel(String channel, BigDecimal currentSpend, BigDecimal recommendedSpend, BigDecimal change,
			Double recommendedShare, BigDecimal currentReturn, BigDecimal recommendedReturn, Double marginalReturn,
			String reason, String curve, int observations) {
	}

}
