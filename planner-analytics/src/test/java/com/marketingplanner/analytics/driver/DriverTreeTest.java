package com.marketingplanner.analytics.driver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.marketingplanner.analytics.driver.Factor.dividedBy;
import static com.marketingplanner.analytics.driver.Factor.dividedByConstant;
import static com.marketingplanner.analytics.driver.Factor.times;
import static com.marketingplanner.analytics.driver.Factor.timesConstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Seed 004's GMV tree: GMV 首年 = 月均访客 × 12 × 转化率 × 客单价; 月均GMV = GMV 首年 ÷ 12. */
class DriverTreeTest {

	static final long GMV = 1;

	static final long VISITORS = 2;

	static final long CONVERSION = 3;

	static final long AOV = 4;

	static final long MONTHLY_GMV = 5;

	static final Map<Long, DriverFormula> FORMULAS = Map.of(GMV,
			DriverFormula.of(times(VISITORS), timesConstant(12), times(CONVERSION), times(AOV)), MONTHLY_GMV,
			DriverFormula.of(times(GMV), dividedByConstant(12)));

	static Map<Long, Double> seed004() {
		Map<Long, Double> stated = new HashMap<>();
		stated.put(GMV, 100_000_000.0);
		stated.put(VISITORS, 3_000_000.0);
		stated.put(AOV, 300.0);
		stated.put(MONTHLY_GMV, 8_000_000.0);
		return stated;
	}

	@Test
	void theStatedGmvImpliesTheConversionTheSeedNeverStates() {
		DriverTree tree = new DriverTree(seed004(), FORMULAS);

		DriverTree.Evaluation gmv = tree.evaluate(GMV);
		assertThat(gmv.derived()).isNull();
		assertThat(gmv.impliedDriver()).isEqualTo(CONVERSION);
		assertThat(gmv.impliedLevel()).isCloseTo(100_000_000.0 / 300 / 36_000_000, within(1e-12));
		assertThat(gmv.impliedLevel()).isCloseTo(0.00926, within(0.00001));
		assertThat(gmv.disagrees()).isFalse();
	}

	@Test
	void aMonthlyTargetThatIsNotATwelfthOfTheYearDisagrees() {
		DriverTree.Evaluation monthly = new DriverTree(seed004(), FORMULAS).evaluate(MONTHLY_GMV);

		assertThat(monthly.derived()).isCloseTo(8_333_333.33, within(0.01));
		assertThat(monthly.gap()).isCloseTo(0.041667, within(0.000001));
		assertThat(monthly.disagrees()).isTrue();
	}

	@Test
	void aDerivedLevelWithinTheToleranceAgrees() {
		Map<Long, Double> stated = seed004();
		stated.put(MONTHLY_GMV, 8_350_000.0);

		assertThat(new DriverTree(stated, FORMULAS).evaluate(MONTHLY_GMV).disagrees()).isFalse();
	}

	@Test
	void moreVisitorsMoveEveryDependentTargetByTheSameFactorFromItsStatedLevel() {
		List<DriverTree.Move> moves = new DriverTree(seed004(), FORMULAS).whatIf(VISITORS, 3_300_000.0);

		assertThat(moves).extracting(DriverTree.Move::quantity).containsExactly(VISITORS, GMV, MONTHLY_GMV);
		assertThat(moves.get(1).before()).isEqualTo(100_000_000.0);
		assertThat(moves.get(1).after()).isCloseTo(110_000_000.0, within(0.001));
		assertThat(moves.get(1).delta()).isCloseTo(10_000_000.0, within(0.001));
		assertThat(moves.get(2).before()).isEqualTo(8_000_000.0);
		assertThat(moves.get(2).after()).isCloseTo(8_800_000.0, within(0.001));
		assertThat(moves.get(2).relativeChange()).isCloseTo(0.10, within(1e-9));
	}

	@Test
	void changingTheImpliedConversionMovesGmvFromItsImpliedLevel() {
		DriverTree tree = new DriverTree(seed004(), FORMULAS);

		List<DriverTree.Move> moves = tree.whatIf(CONVERSION, 0.01);

		assertThat(moves.get(0).before()).isCloseTo(0.009259, within(0.000001));
		assertThat(moves.get(1).after()).isCloseTo(300.0 * 36_000_000 * 0.01, within(0.01));
	}

	@Test
	void aDriverNothingDependsOnMovesOnlyItself() {
		Map<Long, Double> stated = seed004();
		stated.put(99L, 5.0);

		assertThat(new DriverTree(stated, FORMULAS).whatIf(99L, 6.0)).hasSize(1);
	}

	@Test
	void aQuotientOfDriversDividesAndSolvesForTheDivisor() {
		// ROI = revenue ÷ spend; the stated ROI implies the spend
		Map<Long, Double> stated = new HashMap<>(Map.of(10L, 3.0, 11L, 900_000.0));
		DriverTree tree = new DriverTree(stated, Map.of(10L, DriverFormula.of(times(11), dividedBy(12))));

		assertThat(tree.evaluate(10).impliedLevel()).isCloseTo(300_000.0, within(1e-6));
		assertThat(tree.whatIf(12, 450_000.0).get(1).after()).isCloseTo(2.0, within(1e-9));
	}

	@Test
	void formulasThatDependOnThemselvesAreACycle() {
		Map<Long, DriverFormula> cyclic = Map.of(1L, DriverFormula.of(times(2), times(3)), 2L,
				DriverFormula.of(times(4)), 4L, DriverFormula.of(times(1)));

		assertThat(DriverTree.cycle(cyclic)).contains(List.of(1L, 2L, 4L, 1L));
		assertThat(DriverTree.cycle(FORMULAS)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new DriverTree(Map.of(), cyclic));
	}

	@Test
	void aFactorIsADriverOrANonZeroDivisorConstant() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Factor(1L, 2.0, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new Factor(null, null, false));
		assertThatIllegalArgumentException().isThrownBy(() -> dividedByConstant(0));
	}

}
