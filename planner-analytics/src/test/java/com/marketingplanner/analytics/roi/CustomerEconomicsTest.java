package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;

import com.marketingplanner.analytics.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CustomerEconomicsTest {

	@Test
	void cacIsAcquisitionSpendOverNewCustomers() {
		// 000: CAC ≤ 15元; 270000 / 18000 = 15
		assertThat(CustomerEconomics.customerAcquisitionCost(new BigDecimal("270000"), 18000).orElseThrow())
			.isEqualTo(15);
		// 004 base 185元: 1,850,000 / 10,000 = 185
		assertThat(CustomerEconomics.customerAcquisitionCost(new BigDecimal("1850000"), 10000).orElseThrow())
			.isEqualTo(185);
	}

	@Test
	void cacWithoutNewCustomersIsUndefined() {
		Figure cac = CustomerEconomics.customerAcquisitionCost(new BigDecimal("5000"), 0);
		assertThat(cac.isDefined()).isFalse();
		assertThat(cac.undefinedReason()).contains("new customers");
	}

	@Test
	void aovIsRevenueOverOrders() {
		// 004 §2.3: 1億 / 333,333 orders ≈ 300元 (derived)
		assertThat(CustomerEconomics.averageOrderValue(new BigDecimal("100000000"), 333_333).orElseThrow())
			.isCloseTo(300.0003, within(1e-4));
		assertThat(CustomerEconomics.averageOrderValue(BigDecimal.TEN, 0).isDefined()).isFalse();
	}

	@Test
	void ltvMultipliesAovFrequencyLifetimeAndMarginWhenKnown() {
		// 300 × 4 per year × 2 years = 2400; with a 40 % margin 2400 × 0.4 = 960
		LifetimeValueInput noMargin = new LifetimeValueInput(new BigDecimal("300"), 4, 2, null);
		LifetimeValueInput withMargin = new LifetimeValueInput(new BigDecimal("300"), 4, 2, 0.4);
		assertThat(CustomerEconomics.lifetimeValue(noMargin)).isCloseTo(2400, within(1e-9));
		assertThat(CustomerEconomics.lifetimeValue(withMargin)).isCloseTo(960, within(1e-9));
	}

	@Test
	void ltvToCacAndPaybackFollowFromCac() {
		// LTV 960, CAC 240 → 4.0; payback 240 / (300 × 4 × 0.4 = 480 per year) = 0.5
		// years
		LifetimeValueInput input = new LifetimeValueInput(new BigDecimal("300"), 4, 2, 0.4);
		Figure cac = CustomerEconomics.customerAcquisitionCost(new BigDecimal("24000"), 100);
		assertThat(CustomerEconomics.lifetimeValueToCac(input, cac).orElseThrow()).isCloseTo(4.0, within(1e-9));
		assertThat(CustomerEconomics.paybackPeriods(input, cac).orElseThrow()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void undefinedCacPropagatesToLtvToCacAndPayback() {
		LifetimeValueInput input = new LifetimeValueInput(new BigDecimal("300"), 4, 2, null);
		Figure cac = CustomerEconomics.customerAcquisitionCost(new BigDecimal("24000"), 0);
		assertThat(CustomerEconomics.lifetimeValueToCac(input, cac).isDefined()).isFalse();
		assertThat(CustomerEconomics.paybackPeriods(input, cac).isDefined()).isFalse();
		// a customer who never buys never pays back
		LifetimeValueInput neverBuys = new LifetimeValueInput(new BigDecimal("300"), 0, 2, null);
		assertThat(CustomerEconomics.paybackPeriods(neverBuys, Figure.of(100)).undefinedReason())
			.contains("contributes nothing");
	}

	@Test
	void rejectsMarginOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LifetimeValueInput(new BigDecimal("300"), 4, 2, 1.5));
	}

}
