package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Books money actually spent on a budget line. */
public record ActualSpendCommand(@NotNull LocalDate spentOn,
		@NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount, @Size(max = 200) String source,
		@Size(max = 20000) String note) {
}
