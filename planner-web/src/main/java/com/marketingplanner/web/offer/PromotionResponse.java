package com.marketingplanner.web.offer;

import java.math.BigDecimal;
import java.time.LocalTime;

import com.marketingplanner.domain.offer.Promotion;
import com.marketingplanner.domain.offer.PromotionKind;
import com.marketingplanner.domain.shared.Frequency;

/**
 * A promotion as the API returns it (amounts in the plan's currency);
 * {@code depthPercent} is how deep the discount is at the threshold (满200减30 = 15).
 */
public record PromotionResponse(long id, PromotionKind kind, String name, BigDecimal threshold,
		BigDecimal discountAmount, BigDecimal discountPercent, BigDecimal depthPercent, Frequency recurrence,
		LocalTime timeOfDay, Integer windowDays, Long campaignId, String channelCode, Long partnerId, String note,
		int position, long version) {

	static PromotionResponse from(Promotion promotion) {
		return new PromotionResponse(promotion.getId(), promotion.getKind(), promotion.getName(),
				promotion.getThreshold(), promotion.getDiscountAmount(), promotion.getDiscountPercent(),
				promotion.depthPercent(), promotion.getRecurrence(), promotion.getTimeOfDay(),
				promotion.getWindowDays(), promotion.getCampaignId(), promotion.getChannelCode(),
				promotion.getPartnerId(), promotion.getNote(), promotion.getPosition(), promotion.getVersion());
	}

}
