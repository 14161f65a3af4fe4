package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import static com.marketingplanner.analytics.goal.Direction.HIGHER_IS_BETTER;
import static com.marketingplanner.analytics.goal.Direction.LOWER_IS_BETTER;
import static com.marketingplanner.analytics.goal.TargetType.AT_LEAST;
import static com.marketingplanner.analytics.goal.TargetType.AT_MOST;
import static com.marketingplanner.analytics.goal.TargetType.FROM_TO;
import static com.marketingplanner.analytics.goal.TargetType.LEVEL;
import static com.marketingplanner.analytics.goal.TargetType.MULTIPLE_OF_BENCHMARK;
import static com.marketingplanner.analytics.goal.TargetType.RELATIVE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiTargetsTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void acceptsThreeLevelTargetOfTheLaunchPlan() {
		// GMV 8000萬 → ≥ 1億, challenge 1.2億 (seed 004)
		KpiTargets targets = new KpiTargets(FROM_TO, HIGHER_IS_BETTER, n("80000000"), n("100000000"), n("120000000"),
				null);
		assertThat(targets.warnings()).isEmpty();
	}

	@Test
	void rejectsFromToTargetWithoutBaseline() {
		assertThatThrownBy(() -> new KpiTargets(FROM_TO, HIGHER_IS_BETTER, null, n("14"), null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("baseline");
				assertThat(ex.messageKey()).isEqualTo("error.kpi.baseline-required-for-from-to");
			});
	}

	@Test
	void keepsAMultipleOfAnUnstatedBenchmarkWithAWarning() {
		assertThat(new KpiTargets(MULTIPLE_OF_BENCHMARK, HIGHER_IS_BETTER, null, n("1.5"), null, null).warnings())
			.containsExactly(KpiWarning.BENCHMARK_MISSING);
	}

	@Test
	void rejectsChallengeBelowTargetWhenHigherIsBetter() {
		assertThatThrownBy(() -> new KpiTargets(AT_LEAST, HIGHER_IS_BETTER, null, n("100"), n("99.5"), null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("challenge");
				assertThat(ex.messageKey()).isEqualTo("error.kpi.challenge-not-beyond-target");
			});
	}

	@Test
	void rejectsChallengeAboveTargetWhenLowerIsBetter() {
		assertThatThrownBy(() -> new KpiTargets(AT_MOST, LOWER_IS_BETTER, null, n("15"), n("16"), null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("challenge"));
	}

	@Test
	void acceptsChallengeEqualToTargetAndBeyondItInEitherDirection() {
		new KpiTargets(AT_LEAST, HIGHER_IS_BETTER, null, n("100"), n("100"), null);
		new KpiTargets(AT_LEAST, HIGHER_IS_BETTER, null, n("100"), n("120"), null);
		new KpiTargets(AT_MOST, LOWER_IS_BETTER, null, n("15"), n("12"), null);
		// a relative change "−25%, challenge −30%" for a cost
		new KpiTargets(RELATIVE_CHANGE, LOWER_IS_BETTER, n("2.4"), n("-25"), n("-30"), null);
	}

	@Test
	void rejectsAtLeastTargetThatIsLowerIsBetterAndAtMostThatIsHigherIsBetter() {
		assertThatThrownBy(() -> new KpiTargets(AT_LEAST, LOWER_IS_BETTER, null, n("1"), null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("direction"));
		assertThatThrownBy(() -> new KpiTargets(AT_MOST, HIGHER_IS_BETTER, null, n("1"), null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("direction"));
	}

	@Test
	void acceptsLevelInEitherDirection() {
		new KpiTargets(LEVEL, HIGHER_IS_BETTER, null, n("5.2"), null, null);
		new KpiTargets(LEVEL, LOWER_IS_BETTER, null, n("2"), null, null);
	}

	@Test
	void namesEveryBrokenRuleAtOnce() {
		var violations = KpiTargets.violations(FROM_TO, HIGHER_IS_BETTER, null, n("10"), n("5"), null);
		assertThat(violations).extracting(BusinessRuleViolation::field).containsExactly("baseline", "challenge");
	}

	@Test
	void keepsRelativeChangeWithoutBaselineButWarnsThatItCannotBeMeasured() {
		// 新客獲取成本 Δ −25% (seed 002): no current value stated
		KpiTargets targets = new KpiTargets(RELATIVE_CHANGE, LOWER_IS_BETTER, null, n("-25"), null, null);
		assertThat(targets.warnings()).containsExactly(KpiWarning.BASELINE_MISSING);
	}

	@Test
	void warnsWhenRelativeChangeGoesTheWrongWay() {
		KpiTargets targets = new KpiTargets(RELATIVE_CHANGE, HIGHER_IS_BETTER, n("100"), n("-10"), null, null);
		assertThat(targets.warnings()).containsExactly(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
	}

	@Test
	void keepsFromToTargetEqualToItsBaselineAsAWarning() {
		// supply response: 72 h order cycle → 72 h (seed 004 inconsistency)
		KpiTargets targets = new KpiTargets(FROM_TO, LOWER_IS_BETTER, n("72"), n("72"), null, null);
		assertThat(targets.warnings()).containsExactly(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
	}

	@Test
	void doesNotWarnWhenLowerIsBetterTargetIsBelowBaseline() {
		// first-screen bounce 58% → ≤ 40%
		KpiTargets targets = new KpiTargets(FROM_TO, LOWER_IS_BETTER, n("58"), n("40"), null, null);
		assertThat(targets.warnings()).isEmpty();
	}

	@Test
	void commandValidationReportsEachInconsistentLevelOnItsField() {
		KpiCommand command = new KpiCommand(null, "Social conversion", null, null, "%", HIGHER_IS_BETTER, FROM_TO, null,
				n("14"), n("12"), null, null, null, null, null, null);
		Set<ConstraintViolation<KpiCommand>> violations = validator.validate(command);
		assertThat(violations).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("baseline", "challenge");
		assertThat(violations).extracting(ConstraintViolation::getMessageTemplate)
			.containsExactlyInAnyOrder("{error.kpi.baseline-required-for-from-to}",
					"{error.kpi.challenge-not-beyond-target}");
	}

	@Test
	void commandValidationReportsMissingFieldsWithoutCrossFieldNoise() {
		KpiCommand command = new KpiCommand(null, " ", null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
		Set<ConstraintViolation<KpiCommand>> violations = validator.validate(command);
		// no target type and no target: an aim in words, not a missing field
		assertThat(violations).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("name", "direction");
	}

	@Test
	void commandValidationRejectsMoreDecimalsThanTheSchemaKeeps() {
		KpiCommand command = new KpiCommand(null, "CAC", null, null, "元", LOWER_IS_BETTER, AT_MOST, null,
				n("15.1234567"), null, null, null, null, null, null, null);
		assertThat(validator.validate(command)).extracting((v) -> v.getPropertyPath().toString())
			.containsExactly("target");
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
