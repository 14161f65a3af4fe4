package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Splits a budget over channels to maximise the expected return Σ rᵢ(xᵢ) (design.md
 * "Budget optimiser").
 * <p>
 * Constraints: Σ xᵢ = budget (less what no channel can take); loᵢ ≤ xᵢ ≤ hiᵢ with loᵢ =
 * min shareᵢ × budget and hiᵢ = the smallest of max shareᵢ × budget, capᵢ and — when a
 * ROI floor is given — the spend at which the channel's average return rᵢ(x) ÷ x (the
 * seeds' "ROI", i.e. ROAS) falls to the floor. Where the floor falls below the minimum
 * share, the plan's minimum wins ({@link AllocationReason#MIN_SHARE_BELOW_ROI_FLOOR}).
 * <p>
 * Method: for concave curves the optimum equalises marginal returns (Karush-Kuhn-Tucker):
 * xᵢ(λ) = clamp(rᵢ′⁻¹(λ), loᵢ, hiᵢ), and λ is found by bisection (in log space, 200
 * halvings) so that Σ xᵢ(λ) = budget. If even every channel at its upper bound does not
 * use the budget, each gets its upper bound and the rest is reported unallocated.
 * Computed in double; amounts are rounded half-even to the cent and the rounding residue
 * goes to the largest channel whose marginal return is equalised (or else the largest),
 * so the recommended amounts add up exactly.
 */
public final class BudgetOptimiser {

	private static final int SCALE = 2;

	private BudgetOptimiser() {
	}

	/**
	 * The recommended split.
	 * @param channels the channels, with distinct names
	 * @param budget the total to split, not negative
	 * @param roiFloor the least average return (revenue ÷ spend) a channel's spend may
	 * have, or {@code null} for none
	 * @throws IllegalArgumentException when the minimum shares exceed the budget or a cap
	 * lies below a minimum share
	 */
	public static AllocationPlan allocate(List<ChannelPlan> channels, BigDecimal budget, Double roiFloor) {
		Objects.requireNonNull(budget, "budget");
		if (budget.signum() < 0) {
			throw new IllegalArgumentException("the budget must not be negative: " + budget);
		}
		if (channels.isEmpty()) {
			throw new IllegalArgumentException("there are no channels to allocate to");
		}
		double total = budget.doubleValue();
		List<Bounds> bounds = new ArrayList<>();
		double minShares = 0;
		for (ChannelPlan channel : channels) {
			minShares += channel.minShare();
			bounds.add(Bounds.of(channel, total, roiFloor));
		}
		if (minShares > 1 + 1e-12) {
			throw new IllegalArgumentException("the minimum shares add up to " + minShares + ", more than the budget");
		}
		double sumHigh = bounds.stream().mapToDouble(Bounds::high).sum();
		double[] spend = new double[channels.size()];
		OptionalDouble lambda;
		if (sumHigh <= total) {
			for (int i = 0; i < spend.length; i++) {
				spend[i] = bounds.get(i).high();
			}
			lambda = OptionalDouble.empty();
		}
		else {
			double level = solveLambda(bounds, total);
			for (int i = 0; i < spend.length; i++) {
				spend[i] = bounds.get(i).spendAt(level);
			}
			lambda = OptionalDouble.of(level);
		}
		return plan(channels, bounds, budget, spend, lambda, sumHigh > total);
	}

	/** λ with Σ clamp(rᵢ′⁻¹(λ)) = total; S(λ) falls as λ grows. */
	private static double solveLambda(List<Bounds> bounds, double total) {
		double high = 1;
		for (int i = 0; i < 2000 && sumAt(bounds, high) > total; i++) {
			high *= 2;
		}
		double low = high;
		for (int i = 0; i < 2000 && sumAt(bounds, low) < total; i++) {
			low /= 2;
		}
		for (int i = 0; i < 200; i++) {
			double middle = Math.sqrt(low * high);
			if (sumAt(bounds, middle) > total) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return Math.sqrt(low * high);
	}

	private static double sumAt(List<Bounds> bounds, double lambda) {
		double sum = 0;
		for (Bounds channel : bounds) {
			sum += channel.spendAt(lambda);
		}
		return sum;
	}

	private static AllocationPlan plan(List<ChannelPlan> channels, List<Bounds> bounds, BigDecimal budget,
			double[] spend, OptionalDouble lambda, boolean budgetBinds) {
		BigDecimal[] recommended = new BigDecimal[spend.length];
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < spend.length; i++) {
			recommended[i] = money(spend[i]);
			sum = sum.add(recommended[i]);
		}
		AllocationReason[] reasons = new AllocationReason[spend.length];
		for (int i = 0; i < spend.length; i++) {
			reasons[i] = lambda.isPresent() ? bounds.get(i).reasonAt(lambda.getAsDouble())
					: bounds.get(i).upperReason();
		}
		BigDecimal unallocated = BigDecimal.ZERO.setScale(SCALE);
		if (budgetBinds) {
			int largest = largestChannel(recommended, reasons);
			recommended[largest] = recommended[largest]
				.add(budget.setScale(SCALE, RoundingMode.HALF_EVEN).subtract(sum));
		}
		else {
			unallocated = budget.setScale(SCALE, RoundingMode.HALF_EVEN).subtract(sum);
		}
		List<ChannelAllocation> allocations = new ArrayList<>();
		BigDecimal currentReturn = BigDecimal.ZERO.setScale(SCALE);
		BigDecimal recommendedReturn = BigDecimal.ZERO.setScale(SCALE);
		for (int i = 0; i < spend.length; i++) {
			ChannelPlan channel = channels.get(i);
			ResponseCurve curve = channel.curve();
			BigDecimal current = channel.currentSpend().setScale(SCALE, RoundingMode.HALF_EVEN);
			BigDecimal returnNow = money(curve.response(current.doubleValue()));
			BigDecimal returnThen = money(curve.response(recommended[i].doubleValue()));
			double share = (budget.signum() == 0) ? 0 : recommended[i].doubleValue() / budget.doubleValue();
			allocations
				.add(new ChannelAllocation(channel.channel(), current, recommended[i], recommended[i].subtract(current),
						share, returnNow, returnThen, curve.marginal(recommended[i].doubleValue()), reasons[i]));
			currentReturn = currentReturn.add(returnNow);
			recommendedReturn = recommendedReturn.add(returnThen);
		}
		return new AllocationPlan(budget, allocations, unallocated, currentReturn, recommendedReturn, lambda);
	}

	private static int largestChannel(BigDecimal[] recommended, AllocationReason[] reasons) {
		int largest = -1;
		for (int i = 0; i < recommended.length; i++) {
			if (reasons[i] == AllocationReason.MARGINAL_RETURN_EQUALISED
					&& (largest < 0 || recommended[i].compareTo(recommended[largest]) > 0)) {
				largest = i;
			}
		}
		if (largest >= 0) {
			return largest;
		}
		largest = 0;
		for (int i = 1; i < recommended.length; i++) {
			if (recommended[i].compareTo(recommended[largest]) > 0) {
				largest = i;
			}
		}
		return largest;
	}

	private static BigDecimal money(double amount) {
		return BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_EVEN);
	}

	/**
	 * A channel's spend limits in the budget's terms and which rule sets the upper one.
	 */
	private record Bounds(ResponseCurve curve, double low, double high, AllocationReason upperReason,
			boolean floorBelowMinimum) {

		static Bounds of(ChannelPlan channel, double total, Double roiFloor) {
			double low = channel.minShare() * total;
			double high = channel.maxShare() * total;
			AllocationReason upper = AllocationReason.AT_MAX_SHARE;
			if (channel.cap() != null && channel.cap().doubleValue() < high) {
				if (channel.cap().doubleValue() < low) {
					throw new IllegalArgumentException(
							"the cap of " + channel.channel() + " lies below its minimum share of the budget");
				}
				high = channel.cap().doubleValue();
				upper = AllocationReason.AT_CAP;
			}
			if (roiFloor != null) {
				double atFloor = channel.curve().spendAtAverageReturn(roiFloor);
				if (atFloor < high) {
					high = Math.max(atFloor, low);
					upper = AllocationReason.AT_ROI_FLOOR;
					if (atFloor < low) {
						return new Bounds(channel.curve(), low, low, AllocationReason.MIN_SHARE_BELOW_ROI_FLOOR, true);
					}
				}
			}
			return new Bounds(channel.curve(), low, high, upper, false);
		}

		double spendAt(double lambda) {
			return Math.min(this.high, Math.max(this.low, this.curve.spendAtMarginal(lambda)));
		}

		AllocationReason reasonAt(double lambda) {
			if (this.floorBelowMinimum) {
				return AllocationReason.MIN_SHARE_BELOW_ROI_FLOOR;
			}
			double unconstrained = this.curve.spendAtMarginal(lambda);
			if (unconstrained >= this.high) {
				return this.upperReason;
			}
			if (unconstrained <= this.low) {
				return AllocationReason.AT_MIN_SHARE;
			}
			return AllocationReason.MARGINAL_RETURN_EQUALISED;
		}

	}

}
