package com.marketingplanner.domain.framework;

/**
 * What a framework's ordered items are: customer segments (003 消费层级 高端/中端/经济型), product
 * tiers from entry to top (003 基础款/进阶款/高端款), the levels or dimensions of a named model
 * (001 营销能力成熟度模型 基础层/成长层/领先层), revenue scenarios (003 保守/中性/乐观), attribution models (003
 * 首次点击/末次点击/线性), or undated steps in which each depends on the one before (001 数据标准 →
 * 自动化工作流 → 效果评估模型 → 知识管理).
 */
public enum FrameworkKind {

	SEGMENTATION, PRODUCT_TIERS, MODEL, SCENARIOS, ATTRIBUTION, SEQUENCE;

	/**
	 * Whether the items are parts of one whole, so that their shares ({@code %}) add up
	 * to at most 100: segments and product tiers. A model's percentages (a conversion
	 * rate of one stage, a share of another) are not parts of one whole.
	 */
	public boolean sumsShares() {
		return this == SEGMENTATION || this == PRODUCT_TIERS;
	}

	/** Whether each item depends on the one before it (its order is a sequence). */
	public boolean isSequence() {
		return this == SEQUENCE;
	}

}
