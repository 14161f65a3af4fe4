package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketingplanner.domain.budget.ActualSpend;

/** An actual spend entry; after a write, with the findings of the budget check. */
public record ActualSpendResponse(long id, long lineId, LocalDate spentOn, BigDecimal amount, String source,
		String note, Instant recordedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<BudgetWarningResponse> warnings) {

	static ActualSpendResponse from(ActualSpend spend) {
		return from(spend, null);
	}

	static ActualSpendResponse from(ActualSpend spend, List<BudgetWarningResponse> warnings) {
		return new ActualSpendResponse(spend.getId(), spend.getLine().getId(), spend.getSpentOn(), spend.getAmount(),
				spend.getSource(), spend.getNote(), spend.getRecordedAt(), warnings);
	}

}
