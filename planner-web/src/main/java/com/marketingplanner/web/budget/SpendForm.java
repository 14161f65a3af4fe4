package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.budget.ActualSpendCommand;

/** The page's spend form: an {@link ActualSpendCommand} plus the line it is booked on. */
record SpendForm(@NotNull Long lineId, @NotNull LocalDate spentOn,
		@NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount, @Size(max = 200) String source,
		@Size(max = 20000) String note) {

	static SpendForm empty() {
		return new SpendForm(null, null, null, null, null);
	}

	ActualSpendCommand toCommand() {
		return new ActualSpendCommand(this.spentOn, this.amount, this.source, this.note);
	}

}
