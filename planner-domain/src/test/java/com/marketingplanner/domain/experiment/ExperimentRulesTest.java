package com.marketingplanner.domain.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.experiment.ExperimentCommand.VariantCommand;
import com.marketingplanner.domain.experiment.ExperimentEvaluation.Comparison;
import com.marketingplanner.domain.experiment.ExperimentEvaluation.Outcome;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Variants, design and evaluation of A/B tests, without a database. */
class ExperimentRulesTest {

	private final Plan plan = new Plan("2026 plan", new AppUser("owner", "Owner", "hash", Role.PLANNER),
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	private static VariantCommand row(String name, Long exposures, Long conversions) {
		return new VariantCommand(name, exposures, conversions);
	}

	private Experiment experiment(String effect, VariantCommand... rows) {
		Experiment experiment = new Experiment(this.plan, "Checkout button",
				Experiment.variantsOf(Arrays.asList(rows)));
		experiment.design(null, null, (effect != null) ? new BigDecimal(effect) : null);
		return experiment;
	}

	@Test
	void comparesTheVariantWithTheControlByTheTwoProportionZTest() {
		// control 100/1000, treatment 130/1000: z = 2.1027, p = 0.0355, 95 % interval
		// (0.0021, 0.0579): significant at the default 95 %
		ExperimentEvaluation evaluation = experiment(null, row("A", 1000L, 100L), row("B", 1000L, 130L)).evaluate();

		Comparison b = evaluation.comparisons().get(0);
		assertThat(b.variant()).isEqualTo("B");
		assertThat(b.outcome()).isEqualTo(Outcome.BETTER);
		assertThat(b.absoluteUplift()).isCloseTo(0.03, within(1e-12));
		assertThat(b.relativeUplift()).isCloseTo(0.3, within(1e-12));
		assertThat(b.z()).isCloseTo(2.1027, within(1e-4));
		assertThat(b.pValue()).isCloseTo(0.0355, within(1e-4));
		assertThat(b.intervalLow()).isCloseTo(0.0021, within(1e-4));
		assertThat(b.intervalHigh()).isCloseTo(0.0579, within(1e-4));
		assertThat(evaluation.significanceLevel()).isCloseTo(0.05, within(1e-12));
		assertThat(evaluation.variants().get(0).rate()).isEqualTo(0.1);
		assertThat(evaluation.winner()).isEqualTo(b);
	}

	@Test
	void testsEachOfSeveralVariantsAtAlphaDividedByTheirNumber() {
		// the same p = 0.0355 is above 0.05 / 2 = 0.025 once two variants are compared
		ExperimentEvaluation evaluation = experiment(null, row("A", 1000L, 100L), row("B", 1000L, 130L),
				row("C", 1000L, 95L))
			.evaluate();

		assertThat(evaluation.comparisonSignificance()).isCloseTo(0.025, within(1e-12));
		assertThat(evaluation.comparisons()).extracting(Comparison::outcome)
			.containsExactly(Outcome.NOT_SIGNIFICANT, Outcome.NOT_SIGNIFICANT);
		assertThat(evaluation.winner()).isNull();
	}

	@Test
	void aSignificantlyWorseVariantIsWorse() {
		ExperimentEvaluation evaluation = experiment(null, row("A", 5000L, 600L), row("B", 5000L, 450L)).evaluate();
		assertThat(evaluation.comparisons().get(0).outcome()).isEqualTo(Outcome.WORSE);
	}

	@Test
	void saysWhyAComparisonCannotBeMadeYet() {
		ExperimentEvaluation noExposures = experiment(null, row("A", 1000L, 100L), row("B", 0L, 0L)).evaluate();
		assertThat(noExposures.comparisons().get(0).outcome()).isEqualTo(Outcome.NOT_ENOUGH_DATA);
		assertThat(noExposures.comparisons().get(0).undefinedReason()).isEqualTo(ExperimentEvaluation.NO_EXPOSURES);
		assertThat(noExposures.variants().get(1).rate()).isNull();

		ExperimentEvaluation noVariance = experiment(null, row("A", 100L, 0L), row("B", 100L, 0L)).evaluate();
		assertThat(noVariance.comparisons().get(0).undefinedReason()).isEqualTo(ExperimentEvaluation.NO_VARIANCE);
	}

	@Test
	void computesTheSampleSizeForTheSmallestEffectWorthDetecting() {
		// from 10 % to 12 % (+20 %) at α = 0.05 and power 0.8: 3841 per variant; the
		// smallest variant has 1000 → 26 % of the way
		ExperimentEvaluation evaluation = experiment("20", row("A", 1000L, 100L), row("B", 1200L, 130L)).evaluate();

		assertThat(evaluation.sampleSize().perVariant()).isEqualTo(3841);
		assertThat(evaluation.sampleSize().progress()).isCloseTo(1000.0 / 3841, within(1e-12));
	}

	@Test
	void saysWhyNoSampleSizeCanBeComputed() {
		assertThat(experiment(null, row("A", 1000L, 100L), row("B", 1000L, 130L)).evaluate()
			.sampleSize()
			.undefinedReason()).isEqualTo(ExperimentEvaluation.NO_EFFECT);
		assertThat(experiment("20", row("A", 0L, 0L), row("B", 0L, 0L)).evaluate().sampleSize().undefinedReason())
			.isEqualTo(ExperimentEvaluation.NO_BASELINE);
		assertThat(
				experiment("200", row("A", 100L, 50L), row("B", 100L, 50L)).evaluate().sampleSize().undefinedReason())
			.isEqualTo(ExperimentEvaluation.EFFECT_OUT_OF_RANGE);
	}

	@Test
	void dropsBlankRowsAndCountsEmptyCountsAsZero() {
		List<ExperimentVariant> variants = Experiment
			.variantsOf(Arrays.asList(row(" A ", 10L, 1L), row("", null, null), null, row("B", null, null)));
		assertThat(variants).extracting(ExperimentVariant::getName).containsExactly("A", "B");
		assertThat(variants.get(1).getExposures()).isZero();
	}

	@Test
	void refusesMoreConversionsThanExposuresNamingTheRow() {
		assertThatThrownBy(() -> Experiment.variantsOf(List.of(row("A", 10L, 1L), row("B", 10L, 11L))))
			.isInstanceOf(BusinessRuleViolation.class)
			.extracting("field")
			.isEqualTo("variants[1].conversions");
	}

	@Test
	void refusesATestWithoutTwoDistinctNamedVariants() {
		assertThatThrownBy(() -> Experiment.variantsOf(List.of(row("A", 10L, 1L), row("", null, null))))
			.isInstanceOf(BusinessRuleViolation.class)
			.extracting("field")
			.isEqualTo("variants");
		assertThatThrownBy(() -> Experiment.variantsOf(List.of(row("A", 10L, 1L), row("a ", 10L, 1L))))
			.extracting("field")
			.isEqualTo("variants[1].name");
		assertThatThrownBy(() -> Experiment.variantsOf(List.of(row("A", 10L, 1L), row(null, 10L, 1L))))
			.extracting("field")
			.isEqualTo("variants[1].name");
	}

	@Test
	void refusesLevelsOutsideFiftyToHundredPercent() {
		assertThatThrownBy(() -> Experiment.requireValidDesign(new BigDecimal("100"), null, null)).extracting("field")
			.isEqualTo("confidenceLevel");
		assertThatThrownBy(() -> Experiment.requireValidDesign(null, new BigDecimal("50"), null)).extracting("field")
			.isEqualTo("power");
		assertThatThrownBy(() -> Experiment.requireValidDesign(null, null, BigDecimal.ZERO)).extracting("field")
			.isEqualTo("minimumDetectableEffect");
	}

	@Test
	void defaultsToNinetyFivePercentConfidenceAndEightyPercentPower() {
		Experiment experiment = experiment(null, row("A", 1L, 0L), row("B", 1L, 0L));
		assertThat(experiment.getConfidenceLevel()).isEqualByComparingTo("95");
		assertThat(experiment.getPower()).isEqualByComparingTo("80");
	}

}
