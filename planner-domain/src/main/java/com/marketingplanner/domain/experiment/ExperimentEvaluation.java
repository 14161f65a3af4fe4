package com.marketingplanner.domain.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.analytics.experiment.Arm;
import com.marketingplanner.analytics.experiment.TwoProportionZTest;
import com.marketingplanner.analytics.experiment.ZTestResult;

/**
 * The results of an A/B test, computed by the analytics module's
 * {@link TwoProportionZTest} (design.md "Experiments"): every variant after the first is
 * compared with the first (the control).
 * <ul>
 * <li>rate = conversions ÷ exposures; absolute uplift p₂ − p₁, relative (p₂ − p₁) ÷
 * p₁;</li>
 * <li>two-sided two-proportion z-test with the pooled standard error and a Wald interval
 * for p₂ − p₁;</li>
 * <li>with k variants compared with the control, each comparison is made at α ÷ k
 * (Bonferroni), so that the chance of any false "significant" stays at most α = 1 −
 * confidence level; the interval is at level 1 − α ÷ k;</li>
 * <li>sample size per variant to detect the minimum detectable effect (relative to the
 * control's observed rate) at α ÷ k and the stated power (Fleiss, normal approximation),
 * and the progress = the smallest variant's exposures ÷ that size.</li>
 * </ul>
 *
 * @param variants each variant's counts and rate, control first
 * @param significanceLevel α = 1 − confidence level
 * @param comparisonSignificance α ÷ k, the level each comparison is made at
 * @param comparisons every variant after the control against it
 * @param sampleSize the exposures needed per variant and the progress towards them
 */
public record ExperimentEvaluation(List<VariantRate> variants, double significanceLevel, double comparisonSignificance,
		List<Comparison> comparisons, SampleSize sampleSize) {

	/** Reason: a variant (or the control) has no exposures yet. */
	public static final String NO_EXPOSURES = "no-exposures";

	/** Reason: both rates are 0 % or both 100 %, so there is no variance to test. */
	public static final String NO_VARIANCE = "no-variance";

	/** Reason: no minimum detectable effect was stated. */
	public static final String NO_EFFECT = "no-effect";

	/** Reason: the control's rate is unknown, 0 % or 100 %. */
	public static final String NO_BASELINE = "no-baseline";

	/** Reason: the control's rate moved by the effect leaves (0, 1). */
	public static final String EFFECT_OUT_OF_RANGE = "effect-out-of-range";

	static ExperimentEvaluation of(List<ExperimentVariant> variants, BigDecimal confidenceLevel, BigDecimal power,
			BigDecimal minimumDetectableEffect) {
		double alpha = 1 - confidenceLevel.doubleValue() / 100;
		int comparisonCount = Math.max(1, variants.size() - 1);
		double comparisonAlpha = alpha / comparisonCount;
		ExperimentVariant control = variants.get(0);
		List<VariantRate> rates = variants.stream().map(VariantRate::of).toList();
		List<Comparison> comparisons = new ArrayList<>();
		for (ExperimentVariant variant : variants.subList(1, variants.size())) {
			comparisons.add(compare(control, variant, 1 - comparisonAlpha));
		}
		long smallest = variants.stream().mapToLong(ExperimentVariant::getExposures).min().orElse(0);
		SampleSize sampleSize = sampleSize(rates.get(0).rate(), minimumDetectableEffect, comparisonAlpha,
				power.doubleValue() / 100, smallest);
		return new ExperimentEvaluation(rates, alpha, comparisonAlpha, comparisons, sampleSize);
	}

	private static Comparison compare(ExperimentVariant control, ExperimentVariant variant, double level) {
		if (control.getExposures() == 0 || variant.getExposures() == 0) {
			return Comparison.undefined(variant.getName(), Outcome.NOT_ENOUGH_DATA, NO_EXPOSURES);
		}
		ZTestResult test = TwoProportionZTest.compare(arm(control), arm(variant), level);
		if (!test.z().isDefined()) {
			return new Comparison(variant.getName(), Outcome.NOT_ENOUGH_DATA, test.absoluteUplift(), null,
					test.differenceLow(), test.differenceHigh(), null, null, NO_VARIANCE);
		}
		Outcome outcome = !test.significant() ? Outcome.NOT_SIGNIFICANT
				: (test.absoluteUplift() > 0) ? Outcome.BETTER : Outcome.WORSE;
		Double relative = test.relativeUplift().isDefined() ? test.relativeUplift().orElseThrow() : null;
		return new Comparison(variant.getName(), outcome, test.absoluteUplift(), relative, test.differenceLow(),
				test.differenceHigh(), test.z().orElseThrow(), test.pValue().orElseThrow(), null);
	}

	private static SampleSize sampleSize(Double baseline, BigDecimal effect, double alpha, double power,
			long smallestExposures) {
		if (effect == null) {
			return SampleSize.undefined(NO_EFFECT);
		}
		if (baseline == null || baseline <= 0 || baseline >= 1) {
			return SampleSize.undefined(NO_BASELINE);
		}
		double expected = baseline * (1 + effect.doubleValue() / 100);
		if (!(expected > 0 && expected < 1)) {
			return SampleSize.undefined(EFFECT_OUT_OF_RANGE);
		}
		long perVariant = TwoProportionZTest.sampleSizePerArm(baseline, expected, alpha, power);
		return new SampleSize(perVariant, (double) smallestExposures / perVariant, null);
	}

	private static Arm arm(ExperimentVariant variant) {
		return new Arm(variant.getExposures(), variant.getConversions());
	}

	/**
	 * The variant after the control with the best significant result, or {@code null}.
	 */
	public Comparison winner() {
		return this.comparisons.stream()
			.filter((comparison) -> comparison.outcome() == Outcome.BETTER)
			.max((a, b) -> Double.compare(a.absoluteUplift(), b.absoluteUplift()))
			.orElse(null);
	}

	/** What a comparison found. */
	public enum Outcome {

		/** Significantly better than the control. */
		BETTER,

		/** Significantly worse than the control. */
		WORSE,

		/** No significant difference at the level. */
		NOT_SIGNIFICANT,

		/** Not testable yet ({@link Comparison#undefinedReason()} says why). */
		NOT_ENOUGH_DATA

	}

	/**
	 * A variant's counts and rate.
	 *
	 * @param rate conversions ÷ exposures, {@code null} without exposures
	 */
	public record VariantRate(String name, long exposures, long conversions, Double rate) {

		static VariantRate of(ExperimentVariant variant) {
			Double rate = (variant.getExposures() > 0) ? (double) variant.getConversions() / variant.getExposures()
					: null;
			return new VariantRate(variant.getName(), variant.getExposures(), variant.getConversions(), rate);
		}

	}

	/**
	 * One variant against the control; numbers are fractions (0.03 = 3 percentage
	 * points), {@code null} when not defined.
	 *
	 * @param absoluteUplift p₂ − p₁
	 * @param relativeUplift (p₂ − p₁) ÷ p₁, {@code null} for a control rate of 0
	 * @param intervalLow lower end of the interval for p₂ − p₁
	 * @param intervalHigh upper end of the interval for p₂ − p₁
	 * @param z the z statistic
	 * @param pValue the two-sided p-value
	 * @param undefinedReason why the test could not be made, {@code null} when it was
	 */
	public record Comparison(String variant, Outcome outcome, Double absoluteUplift, Double relativeUplift,
			Double intervalLow, Double intervalHigh, Double z, Double pValue, String undefinedReason) {

		static Comparison undefined(String variant, Outcome outcome, String reason) {
			return new Comparison(variant, outcome, null, null, null, null, null, null, reason);
		}

	}

	/**
	 * The exposures each variant needs.
	 *
	 * @param perVariant exposures needed per variant, {@code null} when not computable
	 * @param progress the smallest variant's exposures ÷ the need (1 = enough)
	 * @param undefinedReason why the need is not computable, {@code null} when it is
	 */
	public record SampleSize(Long perVariant, Double progress, String undefinedReason) {

		static SampleSize undefined(String reason) {
			return new SampleSize(null, null, reason);
		}

	}

}
