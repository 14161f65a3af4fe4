package com.marketingplanner.domain.offer;

import java.math.BigDecimal;
import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.Frequency;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Adds or edits a promotion: its {@code kind} and {@code name}; the price mechanics
 * ({@code threshold} to spend, {@code discountAmount} off in the plan's currency or
 * {@code discountPercent} off); when it runs ({@code recurrence}, {@code timeOfDay} as
 * HH:mm, {@code windowDays}); where ({@code campaignId}, {@code channelCode}) and who
 * carries it ({@code partnerId}, a partner or vendor of the plan). {@code position}
 * orders the list (null = last); {@code version} is the version read (edits only).
 */
public record PromotionCommand(@NotNull PromotionKind kind, @NotBlank @Size(max = 200) String name,
		@Positive @Digits(integer = 17, fraction = 2) BigDecimal threshold,
		@Positive @Digits(integer = 17, fraction = 2) BigDecimal discountAmount,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 4) BigDecimal discountPercent,
		Frequency recurrence, @DateTimeFormat(iso = ISO.TIME) LocalTime timeOfDay, @Positive Integer windowDays,
		Long campaignId, @Size(max = 50) String channelCode, Long partnerId, @Size(max = 5000) String note,
		@PositiveOrZero Integer position, Long version) {

	/** An empty form for a new promotion. */
	public static PromotionCommand blank() {
		return new PromotionCommand(PromotionKind.THRESHOLD_DISCOUNT, "", null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/** The form of a stored promotion. */
	public static PromotionCommand from(Promotion promotion) {
		return new PromotionCommand(promotion.getKind(), promotion.getName(), promotion.getThreshold(),
				promotion.getDiscountAmount(), promotion.getDiscountPercent(), promotion.getRecurrence(),
				promotion.getTimeOfDay(), promotion.getWindowDays(), promotion.getCampaignId(),
				promotion.getChannelCode(), promotion.getPartnerId(), promotion.getNote(), promotion.getPosition(),
				promotion.getVersion());
	}

}
