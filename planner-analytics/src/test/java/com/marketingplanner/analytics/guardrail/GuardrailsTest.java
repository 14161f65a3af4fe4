package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GuardrailsTest {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void channelBelowTheRoiFloorFiresAndOneExactlyOnItDoesNot() {
		// 002: revenue 13000 / spend 10000 = 1.3 < 1.5 → pause; 15000 / 10000 = 1.5 is on
		// the floor
		assertThat(Guardrails.returnOnSpend(n("10000"), n("13000"))).contains(n("1.3"));
		assertThat(Guardrails.isBelowReturnFloor(n("10000"), n("13000"), n("1.5"))).isTrue();
		assertThat(Guardrails.isBelowReturnFloor(n("10000"), n("15000"), n("1.5"))).isFalse();
		assertThat(Guardrails.losesMoney(n("10000"), n("13000"))).isFalse();
		assertThat(Guardrails.losesMoney(n("1000"), n("800"))).isTrue();
	}

	@Test
	void aChannelWithoutSpendHasNoReturnAndFiresNothing() {
		assertThat(Guardrails.returnOnSpend(n("0"), n("500"))).isEmpty();
		assertThat(Guardrails.isBelowReturnFloor(n("0"), n("0"), n("1.5"))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Guardrails.returnOnSpend(n("-1"), n("0")));
	}

	@Test
	void overspendIsComparedInDecimalSoExactlyTenPercentDoesNotPassTenPercent() {
		// 110 against 100 is 10 % over: not past a 10 % threshold; 110.01 is
		assertThat(Guardrails.overspend(n("100"), n("110"))).contains(n("0.1"));
		assertThat(Guardrails.isOverspent(n("100"), n("110"), n("0.10"))).isFalse();
		assertThat(Guardrails.isOverspent(n("100"), n("110.01"), n("0.10"))).isTrue();
		assertThat(Guardrails.isOverspent(n("100"), n("90"), n("0.10"))).isFalse();
	}

	@Test
	void nothingPlannedMeansNoOverspendRatio() {
		assertThat(Guardrails.overspend(n("0"), n("10"))).isEmpty();
		assertThat(Guardrails.isOverspent(n("0"), n("10"), n("0.1"))).isFalse();
	}

	@Test
	void shareAboveItsCapFiresAndAShareOfNothingDoesNot() {
		// 004: one channel at most 28 %: 290 of 1000 = 29 % > 28 %; 280 of 1000 is on the
		// cap
		assertThat(Guardrails.share(n("290"), n("1000"))).contains(n("0.29"));
		assertThat(Guardrails.isShareAboveCap(n("290"), n("1000"), n("0.28"))).isTrue();
		assertThat(Guardrails.isShareAboveCap(n("280"), n("1000"), n("0.28"))).isFalse();
		assertThat(Guardrails.isShareAboveCap(n("0"), n("0"), n("0.28"))).isFalse();
	}

	@Test
	void pastTheLineMeansWorseInTheMetricsDirection() {
		// conversion 2.1 % against a warning line of 2.5 %: past it; bounce 65 % against
		// 60 %: past it
		assertThat(Guardrails.isPastLine(Direction.HIGHER_IS_BETTER, n("2.1"), n("2.5"))).isTrue();
		assertThat(Guardrails.isPastLine(Direction.HIGHER_IS_BETTER, n("2.5"), n("2.5"))).isFalse();
		assertThat(Guardrails.isPastLine(Direction.LOWER_IS_BETTER, n("65"), n("60"))).isTrue();
		assertThat(Guardrails.isPastLine(Direction.LOWER_IS_BETTER, n("55"), n("60"))).isFalse();
	}

}
