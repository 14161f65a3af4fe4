package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money, percentages and probabilities round and convert in one place each. */
class ValueObjectsTest {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void moneyHasTwoDecimalsRoundedHalfUp() {
		assertThat(Money.of(n("1234.565")).amount()).isEqualByComparingTo("1234.57").hasScaleOf(2);
		assertThat(Money.of(n("-0.005")).amount()).isEqualByComparingTo("-0.01");
		assertThat(Money.of(n("5000000")).amount().toPlainString()).isEqualTo("5000000.00");
		assertThat(Money.rounded(null)).isNull();
		assertThat(Money.of(n("10.10")).plus(Money.of(n("0.905"))).amount()).isEqualByComparingTo("11.01");
		assertThat(Money.of(n("100")).minus(Money.of(n("100.01"))).isNegative()).isTrue();
	}

	@Test
	void aNegativeAmountIsRefusedOnItsFieldAndANullOneStaysUnstated() {
		assertThatThrownBy(() -> Money.nonNegative(n("-1"), "total", "error.budget.amount-negative"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("total");
				assertThat(ex.messageKey()).isEqualTo("error.budget.amount-negative");
			});
		assertThat(Money.nonNegative(null, "total", "error.budget.amount-negative")).isNull();
		assertThat(Money.nonNegative(n("0.004"), "total", "x")).isEqualByComparingTo("0.00");
	}

	@Test
	void aPercentageIsStoredInPointsAndUsedAsAFraction() {
		Percentage fifteen = Percentage.ofPoints(n("15"));

		assertThat(fifteen.points()).isEqualByComparingTo("15.0000").hasScaleOf(4);
		assertThat(fifteen.fraction()).isEqualByComparingTo("0.15");
		assertThat(Percentage.ofFraction(n("0.225")).points()).isEqualByComparingTo("22.5");
		assertThat(fifteen.of(Money.of(n("1000")))).isEqualTo(Money.of(n("150")));
		assertThat(Percentage.ofPoints(n("33.33335")).points()).isEqualByComparingTo("33.3334");
		assertThat(Percentage.roundedPoints(null)).isNull();
		assertThat(Percentage.ofPoints(n("150")).fraction()).isEqualByComparingTo("1.5");
	}

	@Test
	void aProbabilityLiesBetweenZeroAndOne() {
		assertThat(Probability.ofPercent(n("22")).value()).isEqualByComparingTo("0.22").hasScaleOf(4);
		assertThat(Probability.of(n("0.12345")).value()).isEqualByComparingTo("0.1235");
		assertThat(Probability.of(n("0.3")).complement().value()).isEqualByComparingTo("0.7");
		assertThat(Probability.rounded(null)).isNull();
		assertThatThrownBy(() -> Probability.of(n("1.01"))).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.field()).isEqualTo("probability"));
		assertThatThrownBy(() -> Probability.of(n("-0.1"))).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aQuotientOfAmountsIsRoundedOnceToCents() {
		assertThat(Money.quotient(n("5000000"), n("12"))).isEqualByComparingTo("416666.67").hasScaleOf(2);
		assertThat(Money.quotient(n("100").multiply(n("3")), n("8"))).isEqualByComparingTo("37.50");
		assertThat(Money.quotient(n("0.125"), n("1"))).isEqualByComparingTo("0.13");
		assertThat(Money.quotient(null, n("12"))).isNull();
		assertThatThrownBy(() -> Money.quotient(n("1"), BigDecimal.ZERO)).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void aTotalOfAmountsSkipsUnstatedOnesAndIsRounded() {
		assertThat(Money.total(Arrays.stream(new BigDecimal[] { n("10.005"), null, n("0.001") })))
			.isEqualByComparingTo("10.01")
			.hasScaleOf(2);
		assertThat(Money.total(Arrays.stream(new BigDecimal[0])).toPlainString()).isEqualTo("0.00");
	}

	@Test
	void aPartOfAWholeIsStatedInPointsAndAShareOfAnAmountInCents() {
		assertThat(Percentage.pointsOf(n("250"), n("1000"))).isEqualByComparingTo("25").hasScaleOf(4);
		assertThat(Percentage.pointsOf(n("1"), n("3"))).isEqualByComparingTo("33.3333");
		assertThat(Percentage.pointsOf(n("1"), BigDecimal.ZERO)).isNull();
		assertThat(Percentage.pointsOf(null, n("3"))).isNull();
		assertThat(Percentage.shareOf(n("12.5"), n("1000"))).isEqualByComparingTo("125.00").hasScaleOf(2);
		// the points are not rounded to four decimals before the share is taken
		assertThat(Percentage.shareOf(n("33.333349"), n("1000000"))).isEqualByComparingTo("333333.49");
	}

	@Test
	void pointsCanBeRoundedToTheScaleOfTheirColumn() {
		assertThat(Percentage.roundedPoints(n("95.005"), 2)).isEqualByComparingTo("95.01").hasScaleOf(2);
		assertThat(Percentage.roundedPoints(null, 2)).isNull();
	}

	@Test
	void aRatioKeepsSixDecimalsAndIsStatedWithFour() {
		assertThat(Ratio.of(n("1.5")).value()).isEqualByComparingTo("1.5").hasScaleOf(6);
		assertThat(Ratio.of(n("1.14999995")).value()).isEqualByComparingTo("1.150000");
		assertThat(Ratio.ofNullable(null)).isNull();
		assertThat(Ratio.valueOrNull(null)).isNull();
		assertThat(Ratio.stated(n("1.14999995949997"))).isEqualByComparingTo("1.1500").hasScaleOf(4);
		// below a floor the ratio is cut, so that it never reads as the floor itself
		assertThat(Ratio.statedBelow(n("1.14999995949997"))).isEqualByComparingTo("1.1499").hasScaleOf(4);
	}

	@Test
	void aStatedValueBecomesItsValueObjectAndAnUnstatedOneStaysNull() {
		assertThat(Money.ofNullable(n("1.005"))).isEqualTo(Money.of(n("1.01")));
		assertThat(Money.ofNullable(null)).isNull();
		assertThat(Money.amountOrNull(null)).isNull();
		assertThat(Money.ofNonNegative(null, "total", "x")).isNull();
		assertThatThrownBy(() -> Money.ofNonNegative(n("-0.01"), "total", "error.budget.amount-negative"))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(Percentage.ofNullable(n("15"))).isEqualTo(Percentage.ofPoints(n("15.0000")));
		assertThat(Percentage.pointsOrNull(null)).isNull();
		assertThat(Probability.ofNullable(null)).isNull();
		assertThat(Probability.valueOrNull(Probability.of(n("0.5")))).isEqualByComparingTo("0.5").hasScaleOf(4);
		assertThat(Probability.of(n("0.22")).asPercentage()).isEqualTo(Percentage.ofPoints(n("22")));
	}

	@Test
	void theConvertersMapNullToNullAndReadAColumnAtTheValueObjectsScale() {
		MoneyConverter money = new MoneyConverter();
		PercentageConverter percentage = new PercentageConverter();
		ProbabilityConverter probability = new ProbabilityConverter();
		RatioConverter ratio = new RatioConverter();

		assertThat(money.convertToDatabaseColumn(null)).isNull();
		assertThat(money.convertToEntityAttribute(null)).isNull();
		assertThat(percentage.convertToEntityAttribute(null)).isNull();
		assertThat(probability.convertToDatabaseColumn(null)).isNull();
		assertThat(ratio.convertToEntityAttribute(null)).isNull();

		assertThat(money.convertToEntityAttribute(n("5000000")).amount()).hasScaleOf(2);
		assertThat(money.convertToDatabaseColumn(Money.of(n("12.345")))).isEqualByComparingTo("12.35").hasScaleOf(2);
		assertThat(percentage.convertToEntityAttribute(n("45")).points()).hasScaleOf(4);
		assertThat(percentage.convertToDatabaseColumn(Percentage.ofPoints(n("45")))).isEqualByComparingTo("45");
		assertThat(probability.convertToEntityAttribute(n("0.22")).value()).hasScaleOf(4);
		assertThat(ratio.convertToEntityAttribute(n("1.5")).value()).hasScaleOf(6);
		assertThat(ratio.convertToDatabaseColumn(Ratio.of(n("10")))).isEqualByComparingTo("10.000000");
	}

}
