package com.marketingplanner.domain.offer;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of promotions (满减, schedules, windows) and of tactic specifications. */
class OfferRulesTest {

	@Test
	void aThresholdDiscountKeepsItsThresholdAndDiscountAndKnowsItsDepth() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.THRESHOLD_DISCOUNT, "满200减30");
		promotion.price(new BigDecimal("200"), new BigDecimal("30"), null);

		assertThat(promotion.getThreshold()).isEqualByComparingTo("200.00");
		assertThat(promotion.getDiscountAmount()).isEqualByComparingTo("30.00");
		assertThat(promotion.depthPercent()).isEqualByComparingTo("15");
	}

	@Test
	void theDiscountOfAThresholdDiscountMustBeLessThanItsThreshold() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.THRESHOLD_DISCOUNT, "满200减200");

		assertThatThrownBy(() -> promotion.price(new BigDecimal("200"), new BigDecimal("200"), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "discountAmount")
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.discount-below-threshold");
		assertThatThrownBy(() -> promotion.price(new BigDecimal("200"), new BigDecimal("250"), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.discount-below-threshold");
	}

	@Test
	void aThresholdDiscountWithADiscountNeedsItsThreshold() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.THRESHOLD_DISCOUNT, "满减");

		assertThatThrownBy(() -> promotion.price(null, new BigDecimal("30"), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "threshold")
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.threshold-required");
		promotion.price(null, null, null);
		assertThat(promotion.depthPercent()).isNull();
	}

	@Test
	void amountsAreAboveZeroAndADiscountIsAnAmountOrAPercentageNotBoth() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.COUPON, "优惠券");

		assertThatThrownBy(() -> promotion.price(new BigDecimal("-1"), null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "threshold")
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.amount-positive");
		assertThatThrownBy(() -> promotion.price(null, BigDecimal.ZERO, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "discountAmount");
		assertThatThrownBy(() -> promotion.price(null, new BigDecimal("5"), new BigDecimal("10")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.discount-one-way");
		assertThatThrownBy(() -> promotion.price(null, null, new BigDecimal("120")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.percent-range");
		promotion.price(null, null, new BigDecimal("12.5"));
		assertThat(promotion.depthPercent()).isEqualByComparingTo("12.5");
	}

	@Test
	void aDailyFlashSaleRunsAtItsTimeOfDayToTheMinute() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.FLASH_SALE, "每日10点秒杀");
		promotion.schedule(Frequency.DAILY, LocalTime.of(10, 0, 30), null);

		assertThat(promotion.getRecurrence()).isEqualTo(Frequency.DAILY);
		assertThat(promotion.getTimeOfDay()).isEqualTo(LocalTime.of(10, 0));
	}

	@Test
	void aTimeOfDayNeedsARecurrenceAndAWindowIsAtLeastOneDay() {
		Promotion promotion = new Promotion(null, 0, PromotionKind.RETURN_POLICY, "7天无理由退货");

		assertThatThrownBy(() -> promotion.schedule(null, LocalTime.of(10, 0), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "timeOfDay")
			.hasFieldOrPropertyWithValue("messageKey", "error.offer.time-needs-recurrence");
		assertThatThrownBy(() -> promotion.schedule(Frequency.REAL_TIME, LocalTime.of(10, 0), null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "timeOfDay");
		assertThatThrownBy(() -> promotion.schedule(null, null, 0)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "windowDays");
		promotion.schedule(null, null, 7);
		assertThat(promotion.getWindowDays()).isEqualTo(7);
	}

	@Test
	void aPromotionNeedsANameAndAKind() {
		assertThatThrownBy(() -> new Promotion(null, 0, null, "满减")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "kind");
		assertThatThrownBy(() -> new Promotion(null, 0, PromotionKind.OTHER, " "))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "name");
	}

	@Test
	void aTacticKeepsItsComponentsWithCountsAndItsTimedStepsInOrder() {
		Tactic tactic = new Tactic(null, 0, "私域自动化营销流程");
		tactic.specify(List.of("短视频", "主图"), List.of(3, 1), List.of(0, 7, 14), List.of("新人入群", "互动", "发放优惠券"));

		assertThat(tactic.getComponents()).extracting(TacticComponent::getComponent, TacticComponent::getQuantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("短视频", 3),
					org.assertj.core.groups.Tuple.tuple("主图", 1));
		assertThat(tactic.pieces()).isEqualTo(4);
		assertThat(tactic.getSteps()).extracting(TacticStep::getDay).containsExactly(0, 7, 14);
		assertThat(tactic.spanDays()).isEqualTo(14);
	}

	@Test
	void stepsWithoutDaysKeepTheirOrderOnly() {
		Tactic tactic = new Tactic(null, 0, "直播节奏");
		List<Integer> noDays = java.util.Arrays.asList(null, null, null);
		tactic.specify(List.of(), List.of(), noDays, List.of("前5分钟福利", "中间抽奖", "最后秒杀"));

		assertThat(tactic.getSteps()).extracting(TacticStep::getAction).containsExactly("前5分钟福利", "中间抽奖", "最后秒杀");
		assertThat(tactic.spanDays()).isNull();
	}

	@Test
	void aStepCannotComeOnAnEarlierDayThanTheStepBeforeIt() {
		Tactic tactic = new Tactic(null, 0, "私域");

		assertThatThrownBy(() -> tactic.specify(List.of(), List.of(), List.of(0, 14, 7), List.of("入群", "发券", "互动")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "steps[2].day")
			.hasFieldOrPropertyWithValue("messageKey", "error.tactic.steps-out-of-order");
		assertThatThrownBy(() -> tactic.specify(List.of(), List.of(), List.of(-1), List.of("入群")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.tactic.day-negative");
	}

	@Test
	void aTacticStatesComponentsOrStepsAndEachComponentCountsAtLeastOne() {
		Tactic tactic = new Tactic(null, 0, "5秒决策区");

		assertThatThrownBy(() -> tactic.specify(List.of(), List.of(), List.of(), List.of()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.tactic.spec-required");
		assertThatThrownBy(() -> tactic.specify(List.of("短视频"), List.of(0), List.of(), List.of()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "components[0].quantity");
		assertThatThrownBy(() -> tactic.specify(List.of(" "), List.of(3), List.of(), List.of()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "components[0].component");
	}

}
