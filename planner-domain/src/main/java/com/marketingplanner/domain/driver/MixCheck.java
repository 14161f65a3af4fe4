package com.marketingplanner.domain.driver;

import java.math.BigDecimal;

/**
 * Whether a mix's shares sum to 100 %.
 *
 * @param status the verdict
 * @param knownSum the sum of the legible shares, in percent
 * @param unknownShares how many shares are not legible
 * @param difference for {@link Status#DOES_NOT_SUM}: sum − 100; for
 * {@link Status#CANNOT_BE_CHECKED}: what the illegible shares would have to add up to
 * (100 − known sum); else zero
 */
public record MixCheck(Status status, BigDecimal knownSum, int unknownShares, BigDecimal difference) {

	/** Shares may differ from 100 % by rounding up to this many points. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.05");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The verdict on a mix. */
	public enum Status {

		/** The shares sum to 100 %. */
		SUMS_TO_100,
		/**
		 * All shares are legible and their sum is not 100 %, or the legible ones already
		 * exceed it.
		 */
		DOES_NOT_SUM,
		/** A share is not legible: no verdict (never a false 100 %). */
		CANNOT_BE_CHECKED

	}

	/** The check of shares in percent ({@code null} = not legible). */
	static MixCheck of(Iterable<BigDecimal> shares) {
		BigDecimal sum = BigDecimal.ZERO;
		int unknown = 0;
		for (BigDecimal share : shares) {
			if (share == null) {
				unknown++;
			}
			else {
				sum = sum.add(share);
			}
		}
		BigDecimal over = sum.subtract(HUNDRED);
		if (unknown > 0 && over.compareTo(TOLERANCE) <= 0) {
			return new MixCheck(Status.CANNOT_BE_CHECKED, sum, unknown, over.negate());
		}
		if (over.abs().compareTo(TOLERANCE) <= 0) {
			return new MixCheck(Status.SUMS_TO_100, sum, 0, BigDecimal.ZERO);
		}
		return new MixCheck(Status.DOES_NOT_SUM, sum, unknown, over);
	}

	/** Whether the check finds something to flag (not summing, or not checkable). */
	public boolean isFlagged() {
		return this.status != Status.SUMS_TO_100;
	}

}
