package com.marketingplanner.analytics.attribution;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * Position-based ("U-shaped"): the first touch earns {@code firstShare} (default 0.4),
 * the last touch {@code lastShare} (default 0.4), the touches in between split the rest
 * (default 0.2) equally. A path of one touch gives it 100%; a path of two touches splits
 * in the ratio first : last (50/50 by default), since there is no middle to take the
 * rest.
 * <p>
 * Source: Google Analytics' "position-based" model (40/20/40).
 */
public final class PositionBasedModel implements AttributionModel {

	private final double firstShare;

	private final double lastShare;

	public PositionBasedModel() {
		this(0.4, 0.4);
	}

	/**
	 * @throws IllegalArgumentException unless both shares are positive and sum to at most
	 * 1
	 */
	public PositionBasedModel(double firstShare, double lastShare) {
		if (!(firstShare > 0) || !(lastShare > 0) || firstShare + lastShare > 1 + 1e-12) {
			throw new IllegalArgumentException("first and last shares must be positive and sum to at most 1, got "
					+ firstShare + ", " + lastShare);
		}
		this.firstShare = firstShare;
		this.lastShare = lastShare;
	}

	@Override
	public String name() {
		return "position";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return TouchShares.attribute(name(), paths, this::fill);
	}

	private void fill(PathTable paths, int start, int length, double[] shares) {
		if (length == 1) {
			shares[0] = 1;
			return;
		}
		if (length == 2) {
			shares[0] = this.firstShare / (this.firstShare + this.lastShare);
			shares[1] = this.lastShare / (this.firstShare + this.lastShare);
			return;
		}
		double middle = (1 - this.firstShare - this.lastShare) / (length - 2);
		shares[0] = this.firstShare;
		shares[length - 1] = this.lastShare;
		for (int i = 1; i < length - 1; i++) {
			shares[i] = middle;
		}
	}

}
