package com.marketingplanner.domain.driver;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One share of a {@link PlanMix} in percent; {@code null} when the plan states a share
 * that cannot be read (004's "?0 %").
 */
@Embeddable
public class MixShare {

	@Column(nullable = false)
	private String label;

	private BigDecimal share;

	protected MixShare() {
	}

	MixShare(String label, BigDecimal share) {
		this.label = label;
		this.share = share;
	}

	public String getLabel() {
		return this.label;
	}

	/** The share in percent, or {@code null} when not legible. */
	public BigDecimal getShare() {
		return this.share;
	}

}
