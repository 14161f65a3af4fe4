package com.marketingplanner.domain.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One variant (arm) of an A/B test with its counts: how many units were exposed to it and
 * how many of them converted.
 */
@Embeddable
public class ExperimentVariant {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private long exposures;

	@Column(nullable = false)
	private long conversions;

	protected ExperimentVariant() {
	}

	/** A variant; the experiment has checked the counts (0 ≤ conversions ≤ exposures). */
	ExperimentVariant(String name, long exposures, long conversions) {
		this.name = name;
		this.exposures = exposures;
		this.conversions = conversions;
	}

	public String getName() {
		return this.name;
	}

	public long getExposures() {
		return this.exposures;
	}

	public long getConversions() {
		return this.conversions;
	}

}
