package com.marketingplanner.domain.framework;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a framework and its items, kind by kind. */
class FrameworkRulesTest {

	@Test
	void itemsKeepTheirOrderAndASequenceStepDependsOnTheStepBefore() {
		Framework steps = framework(FrameworkKind.SEQUENCE, "实施步骤");
		steps.listItems(items("数据标准", "自动化工作流", "效果评估模型", "知识管理"));

		assertThat(steps.getItems()).extracting(FrameworkItem::getName)
			.containsExactly("数据标准", "自动化工作流", "效果评估模型", "知识管理");
		assertThat(steps.dependsOn(0)).isNull();
		assertThat(steps.dependsOn(2)).isEqualTo("自动化工作流");

		steps.reorderItems(List.of(1, 0, 2, 3));
		assertThat(steps.getItems()).extracting(FrameworkItem::getName).startsWith("自动化工作流", "数据标准");
		assertThat(steps.dependsOn(1)).isEqualTo("自动化工作流");
	}

	@Test
	void onlyASequenceHasStepsThatDependOnEachOther() {
		Framework model = framework(FrameworkKind.MODEL, "营销能力成熟度模型");
		model.listItems(items("基础层", "成长层", "领先层"));

		assertThat(model.dependsOn(1)).isNull();
	}

	@Test
	void itemNamesAreUniqueWithinAFrameworkIgnoringCase() {
		Framework tiers = framework(FrameworkKind.SEGMENTATION, "行为类型");

		assertThatThrownBy(() -> tiers.listItems(items("Loyal", "冲动型", "loyal")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.framework.item-name-taken");
				assertThat(ex.field()).isEqualTo("items[2].name");
			});
		assertThat(tiers.getItems()).isEmpty();
	}

	@Test
	void addingAnItemWithATakenNameChangesNothing() {
		Framework tiers = framework(FrameworkKind.SEGMENTATION, "消费层级");
		tiers.listItems(items("高端", "中端", "经济型"));

		assertThatThrownBy(() -> tiers.addItem(FrameworkItemCommand.of("中端", null, null, null, null)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(tiers.getItems()).hasSize(3);
	}

	@Test
	void anItemIsInsertedAtItsPositionAndRevisedAndRemovedByIndex() {
		Framework scenarios = framework(FrameworkKind.SCENARIOS, "收入情景");
		scenarios.listItems(items("保守", "乐观"));

		scenarios.addItem(new FrameworkItemCommand("中性", null, null, null, null, 1, null));
		assertThat(scenarios.getItems()).extracting(FrameworkItem::getName).containsExactly("保守", "中性", "乐观");

		scenarios.reviseItem(2, FrameworkItemCommand.of("乐观", "新市场渗透率高", null, null, null));
		assertThat(scenarios.getItems().get(2).getDescription()).isEqualTo("新市场渗透率高");

		scenarios.removeItem(0);
		assertThat(scenarios.getItems()).extracting(FrameworkItem::getName).containsExactly("中性", "乐观");
		assertThatThrownBy(() -> scenarios.removeItem(5)).isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void aReorderMustListEveryIndexOnce() {
		Framework steps = framework(FrameworkKind.SEQUENCE, "准备路径");
		steps.listItems(items("SWOT", "能力评估", "细分", "预算"));

		for (List<Integer> bad : List.of(List.of(0, 1, 2), List.of(0, 1, 1, 2), List.of(0, 1, 2, 4))) {
			assertThatThrownBy(() -> steps.reorderItems(bad)).isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.order-not-permutation"));
		}
		assertThat(steps.getItems().get(0).getName()).isEqualTo("SWOT");
	}

	@Test
	void aUnitNeedsAValueAndAShareIsAboveZeroAndAtMostHundred() {
		Framework segments = framework(FrameworkKind.SEGMENTATION, "消费层级");

		assertThatThrownBy(() -> segments.listItems(List.of(FrameworkItemCommand.of("高端", null, null, "%", null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.unit-without-value"));
		assertThatThrownBy(() -> segments
			.listItems(List.of(FrameworkItemCommand.of("高端", null, new BigDecimal("120"), "%", null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.share-range"));
	}

	@Test
	void theSharesOfASegmentationSumToAtMostHundred() {
		Framework segments = framework(FrameworkKind.SEGMENTATION, "消费层级");
		segments.listItems(List.of(share("高端", "20"), share("中端", "50"), share("经济型", "30")));
		assertThat(segments.shareTotal()).isEqualByComparingTo("100");

		assertThatThrownBy(() -> segments.reviseItem(0, share("高端", "25")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.framework.shares-over-hundred");
				assertThat(ex.arguments()).containsExactly("105");
			});
	}

	@Test
	void sharesOfAModelAreNotSummedBecauseItsItemsAreNotPartsOfOneWhole() {
		Framework model = framework(FrameworkKind.MODEL, "用户行为三阶段模型");

		model.listItems(List.of(share("获取", "60"), share("激活", "12.3"), share("留存", "45")));

		assertThat(model.getItems()).hasSize(3);
		assertThat(model.shareTotal()).isNull();
	}

	@Test
	void productTiersGoFromEntryToTopWhenTheyStatePricesInOneUnit() {
		Framework tiers = framework(FrameworkKind.PRODUCT_TIERS, "价格梯度");
		tiers.listItems(List.of(price("基础款", "99"), price("进阶款", "199"), price("高端款", "499")));

		assertThatThrownBy(() -> tiers.reorderItems(List.of(1, 0, 2))).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.tier-below-previous"));
		assertThatThrownBy(() -> tiers.reviseItem(2, price("高端款", "150")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.framework.tier-below-previous");
				assertThat(ex.field()).isEqualTo("items[2].value");
			});
		tiers.reviseItem(2, FrameworkItemCommand.of("高端款", null, new BigDecimal("150"), "美元", null));
		assertThat(tiers.getItems().get(2).getUnit()).isEqualTo("美元");
	}

	@Test
	void scenariosStateTheirValuesInOneUnit() {
		Framework scenarios = framework(FrameworkKind.SCENARIOS, "收入情景");

		assertThatThrownBy(() -> scenarios.listItems(
				List.of(price("保守", "100"), FrameworkItemCommand.of("乐观", null, new BigDecimal("20"), "%", null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.scenario-units-differ"));
	}

	@Test
	void onlyAnAttributionFrameworkNamesTheApplicationsModelsEachOnce() {
		Framework attribution = framework(FrameworkKind.ATTRIBUTION, "归因模型");
		attribution.listItems(List.of(FrameworkItemCommand.of("首次点击", null, null, null, "first"),
				FrameworkItemCommand.of("末次点击", null, null, null, "last"),
				FrameworkItemCommand.of("线性", null, null, null, "linear")));
		assertThat(attribution.getItems()).extracting(FrameworkItem::getAttributionModel)
			.containsExactly("first", "last", "linear");

		assertThatThrownBy(() -> attribution.addItem(FrameworkItemCommand.of("位置", null, null, null, "u-shaped")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.model-unknown"));
		assertThatThrownBy(() -> attribution.addItem(FrameworkItemCommand.of("首触", null, null, null, "first")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.model-repeated"));
		assertThatThrownBy(() -> attribution.reclassify(FrameworkKind.MODEL)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.model-only-attribution"));
		assertThat(attribution.getKind()).isEqualTo(FrameworkKind.ATTRIBUTION);
	}

	@Test
	void aFrameworkNeedsAKindAndAName() {
		assertThatThrownBy(() -> new Framework(null, 0, null, "x")).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> new Framework(null, 0, FrameworkKind.MODEL, " "))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	private static Framework framework(FrameworkKind kind, String name) {
		return new Framework(null, 0, kind, name);
	}

	private static List<FrameworkItemCommand> items(String... names) {
		return List.of(names).stream().map((name) -> FrameworkItemCommand.of(name, null, null, null, null)).toList();
	}

	private static FrameworkItemCommand share(String name, String percent) {
		return FrameworkItemCommand.of(name, null, new BigDecimal(percent), "%", null);
	}

	private static FrameworkItemCommand price(String name, String yuan) {
		return FrameworkItemCommand.of(name, null, new BigDecimal(yuan), "元", null);
	}

}
