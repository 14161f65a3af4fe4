package com.marketingplanner.web.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.experiment.Experiment;
import com.marketingplanner.domain.experiment.ExperimentEvaluation;
import com.marketingplanner.domain.experiment.ExperimentStatus;

/**
 * An A/B test as the API shows it: its design (levels in percent), its variants (the
 * first is the control) and the computed results. Rates, uplifts and interval ends are
 * fractions (0.03 = 3 percentage points); {@code null} where not defined, with the reason
 * code in {@code undefinedReason} ({@code no-exposures}, {@code no-variance},
 * {@code no-effect}, {@code no-baseline}, {@code effect-out-of-range}).
 */
record ExperimentResponse(long id, String name, String hypothesis, String metric, Long kpiId, LocalDate startDate,
		LocalDate endDate, ExperimentStatus status, BigDecimal confidenceLevel, BigDecimal power,
		BigDecimal minimumDetectableEffect, List<ExperimentEvaluation.VariantRate> variants, Results results,
		String howComputed, long version) {

	static ExperimentResponse from(Experiment experiment, ExperimentView view) {
		ExperimentEvaluation evaluation = view.evaluation();
		return new ExperimentResponse(experiment.getId(), experiment.getName(), experiment.getHypothesis(),
				experiment.getMetric(), experiment.getKpiId(), experiment.getStartDate(), experiment.getEndDate(),
				experiment.getStatus(), experiment.getConfidenceLevel(), experiment.getPower(),
				experiment.getMinimumDetectableEffect(), evaluation.variants(),
				new Results(evaluation.significanceLevel(), evaluation.comparisonSignificance(),
						evaluation.comparisons(), evaluation.sampleSize(),
						(evaluation.winner() != null) ? evaluation.winner().variant() : null),
				view.howComputed(), experiment.getVersion());
	}

	/**
	 * @param significanceLevel α = 1 − confidence level
	 * @param comparisonSignificance α ÷ (variants − 1), the level of each comparison
	 * (Bonferroni)
	 * @param winner the significantly best variant, {@code null} when none
	 */
	record Results(double significanceLevel, double comparisonSignificance,
			List<ExperimentEvaluation.Comparison> comparisons, ExperimentEvaluation.SampleSize sampleSize,
			String winner) {
	}

}
