package com.marketingplanner.domain.context;

import java.math.BigDecimal;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a context figure: what it must state and how its parts fit together. */
class ContextMetricRulesTest {

	private final ContextMetric metric = new ContextMetric(null, 0, "资金周转率");

	@Test
	void aFigureNeedsANameAndAValueOrAChange() {
		assertThatThrownBy(() -> new ContextMetric(null, 0, " ")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.context.name-required");
		assertThatThrownBy(() -> this.metric.measure(null, null, null, "%", null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "value")
			.hasFieldOrPropertyWithValue("messageKey", "error.context.figure-required");
	}

	@Test
	void aValueNeedsAUnitButAChangeAloneDoesNot() {
		assertThatThrownBy(() -> this.metric.measure(null, new BigDecimal("1.8"), null, " ", null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "unit")
			.hasFieldOrPropertyWithValue("messageKey", "error.context.unit-required");

		this.metric.measure(null, null, null, null, new BigDecimal("120"), "较2020年");

		assertThat(this.metric.getValue()).isNull();
		assertThat(this.metric.getChangePercent()).isEqualByComparingTo("120");
		assertThat(this.metric.getChangeBasis()).isEqualTo("较2020年");
	}

	@Test
	void aRangeIsOrderedHasALowerEndAndIsNotABound() {
		assertThatThrownBy(() -> this.metric.measure(null, new BigDecimal("10"), new BigDecimal("7"), "天", null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "upperValue")
			.hasFieldOrPropertyWithValue("messageKey", "error.context.range-order");
		assertThatThrownBy(() -> this.metric.measure(null, null, new BigDecimal("10"), "天", BigDecimal.ONE, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.context.range-needs-low");
		assertThatThrownBy(() -> this.metric.measure(ContextQualifier.BELOW, new BigDecimal("7"), new BigDecimal("10"),
				"天", null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "qualifier");

		this.metric.measure(ContextQualifier.ABOUT, new BigDecimal("7"), new BigDecimal("10"), "天", null, null);

		assertThat(this.metric.isRange()).isTrue();
	}

	@Test
	void aQualifierNeedsAValueAndABasisNeedsAChange() {
		assertThatThrownBy(() -> this.metric.measure(ContextQualifier.ABOVE, null, null, null, BigDecimal.TEN, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.context.qualifier-needs-value");
		assertThatThrownBy(() -> this.metric.measure(null, BigDecimal.ONE, null, "次", null, "较2020年"))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "changePercent");
	}

	@Test
	void aComparisonStatesBothItsValueAndWhatItIs() {
		assertThatThrownBy(() -> this.metric.compareWith(new BigDecimal("3.5"), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "comparisonLabel");
		assertThatThrownBy(() -> this.metric.compareWith(null, "行业优秀水平")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "comparisonValue");

		this.metric.compareWith(new BigDecimal("3.5"), " 行业优秀水平 ");

		assertThat(this.metric.getComparisonLabel()).isEqualTo("行业优秀水平");
	}

	@Test
	void theYearIsAPlausibleYear() {
		assertThatThrownBy(() -> this.metric.asOf(23)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "asOfYear");

		this.metric.asOf(2023);

		assertThat(this.metric.getAsOfYear()).isEqualTo(2023);
	}

}
