package com.marketingplanner.analytics.attribution;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * An attribution model: splits the conversions and conversion value of aggregated paths
 * between channels. Only converting paths earn credit; non-converting paths ("nulls")
 * matter only to the models that compare converting with non-converting journeys (Markov,
 * conversion-rate Shapley).
 */
public interface AttributionModel {

	/** The model's name as used on the command line, e.g. {@code linear}. */
	String name();

	AttributionResult attribute(PathTable paths);

}
