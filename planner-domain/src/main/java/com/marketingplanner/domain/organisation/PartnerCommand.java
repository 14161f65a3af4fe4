package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a partner or vendor: kind, name, how many ({@code count}, null = one or
 * not stated), the service, and for a vendor the fee ({@code fee} on {@code feeBasis},
 * {@code feeUnit} naming the unit of a per-unit fee) and the cap on it in percent of the
 * budget ({@code feeCapShare}). {@code position} orders the list (null = last);
 * {@code version} is the version read (edits only).
 */
public record PartnerCommand(@NotNull PartnerKind kind, @NotBlank @Size(max = 200) String name, @Positive Integer count,
		@Size(max = 5000) String service, @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal fee,
		FeeBasis feeBasis, @Size(max = 50) String feeUnit,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 4) BigDecimal feeCapShare,
		@Size(max = 5000) String note, @PositiveOrZero Integer position, Long version) {
}
