package com.marketingplanner.analytics;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FigureTest {

	@Test
	void quotientByZeroIsUndefinedWithTheReason() {
		Figure figure = Figure.quotient(1.0, 0.0, "nothing to divide by");
		assertThat(figure.isDefined()).isFalse();
		assertThat(figure.undefinedReason()).isEqualTo("nothing to divide by");
		assertThatIllegalStateException().isThrownBy(figure::orElseThrow).withMessageContaining("nothing to divide");
		assertThat(Figure.quotient(BigDecimal.ONE, BigDecimal.ZERO, "zero").isDefined()).isFalse();
	}

	@Test
	void decimalQuotientIsExactToSixteenDigits() {
		// 1 / 3 in decimal then as double
		assertThat(Figure.quotient(BigDecimal.ONE, new BigDecimal("3"), "zero").orElseThrow())
			.isEqualTo(0.3333333333333333);
	}

	@Test
	void neverHoldsNaNOrInfinity() {
		assertThatIllegalArgumentException().isThrownBy(() -> Figure.of(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> new Figure(OptionalDouble.of(1), "both"));
		assertThat(Figure.quotient(1e308, 1e-308, "overflow").isDefined()).isFalse();
	}

	@Test
	void mapLeavesUndefinedFiguresAlone() {
		assertThat(Figure.of(2).map((x) -> x * 3).orElseThrow()).isEqualTo(6);
		assertThat(Figure.undefined("no").map((x) -> x * 3).undefinedReason()).isEqualTo("no");
	}

}
