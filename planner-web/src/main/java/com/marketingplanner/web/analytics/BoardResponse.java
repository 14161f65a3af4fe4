package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.analytics.BudgetBoardService.BudgetBoard;
import com.marketingplanner.domain.analytics.BudgetBoardService.ChannelRow;
import com.marketingplanner.domain.analytics.BudgetBoardService.LineRow;
import com.marketingplanner.domain.analytics.BudgetBoardService.Status;
import com.marketingplanner.domain.shared.DateRange;

/**
 * The budget execution board as the API shows it: the plan's light, and per budget line
 * and per channel planned against spent with a light ({@code GREEN}, {@code AMBER},
 * {@code RED}, {@code NOT_PLANNED}) and the budget-check finding codes behind a red one.
 *
 * @param elapsed the share of the plan period up to {@code asOf}
 */
public record BoardResponse(DateRange period, LocalDate asOf, double elapsed, String currency, BigDecimal planned,
		BigDecimal spent, Double used, Status status, List<String> reasons, List<LineRow> lines,
		List<ChannelRow> channels, String howComputed) {

	static BoardResponse from(BudgetBoard board, String howComputed) {
		return new BoardResponse(board.period(), board.asOf(), board.elapsed(), board.currency(), board.planned(),
				board.spent(), board.used(), board.status(), board.reasons(), board.lines(), board.channels(),
				howComputed);
	}

}
