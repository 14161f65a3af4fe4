package com.marketingplanner.domain.offer;

/**
 * What kind of offer a promotion is, as the seed plans name them.
 */
public enum PromotionKind {

	/** 满X减Y: a discount on orders of at least a threshold (满200减30). */
	THRESHOLD_DISCOUNT,

	/** A discount on a customer's first order (首单减20元). */
	FIRST_ORDER_DISCOUNT,

	/** A coupon handed out or earned (阶梯式优惠券, 代金券). */
	COUPON,

	/** A time-limited sale of a few products (每日10点秒杀). */
	FLASH_SALE,

	/** A promise on returns (7天无理由退货): its window in days. */
	RETURN_POLICY,

	/** A coupon for bringing back packaging or products (每回收1个旧包装抵扣0.2元). */
	TAKE_BACK_COUPON,

	/** Products sold together at one price (团购套餐, 双人套餐). */
	BUNDLE,

	/** Any other offer; its mechanics are in the name and the note. */
	OTHER

}
