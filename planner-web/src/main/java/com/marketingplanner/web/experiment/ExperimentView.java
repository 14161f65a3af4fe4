package com.marketingplanner.web.experiment;

import java.util.Locale;

import com.marketingplanner.domain.experiment.Experiment;
import com.marketingplanner.domain.experiment.ExperimentEvaluation;

import org.springframework.context.MessageSource;

/**
 * An A/B test with its evaluation and the sentence that says how the results were
 * computed, in the reader's language: what the page and the API show.
 */
record ExperimentView(Experiment experiment, ExperimentEvaluation evaluation, String howComputed) {

	static ExperimentView of(Experiment experiment, MessageSource messages, Locale locale) {
		ExperimentEvaluation evaluation = experiment.evaluate();
		int comparisons = Math.max(1, experiment.getVariants().size() - 1);
		String howComputed = messages.getMessage("experiments.how-computed",
				new Object[] { experiment.getConfidenceLevel().stripTrailingZeros().toPlainString(),
						formatLevel(evaluation.significanceLevel()), comparisons,
						formatLevel(evaluation.comparisonSignificance()),
						experiment.getPower().stripTrailingZeros().toPlainString() },
				locale);
		return new ExperimentView(experiment, evaluation, howComputed);
	}

	private static String formatLevel(double level) {
		return java.math.BigDecimal.valueOf(level)
			.round(new java.math.MathContext(4))
			.stripTrailingZeros()
			.toPlainString();
	}

}
