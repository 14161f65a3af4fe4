package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import com.marketingplanner.domain.analytics.BudgetBoardService.LineRow;
import com.marketingplanner.domain.analytics.BudgetBoardService.Status;
import com.marketingplanner.web.api.PageResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget board's line table is paged so that a plan with a thousand lines stays a
 * light page.
 */
class BudgetBoardLinePagesTest {

	private static List<LineRow> lines(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> new LineRow(i + 1, null, 0, "line " + (i + 1), null, BigDecimal.TEN, BigDecimal.ONE,
					BigDecimal.ONE, 0.1, Status.GREEN, List.of()))
			.toList();
	}

	@Test
	void aThousandLinesAreShownTwoHundredFiftyAPageInTreeOrder() {
		PageResponse<LineRow> second = AnalyticsPageController.shownLines(lines(1000), 2);

		assertThat(second.totalItems()).isEqualTo(1000);
		assertThat(second.totalPages()).isEqualTo(4);
		assertThat(second.items()).hasSize(250);
		assertThat(second.items().get(0).name()).isEqualTo("line 251");
		assertThat(second.items().get(249).name()).isEqualTo("line 500");
	}

	@Test
	void aPageNumberOutsideTheLinesShowsTheNearestPage() {
		assertThat(AnalyticsPageController.shownLines(lines(260), 99).items()).extracting(LineRow::name)
			.containsExactly(IntStream.rangeClosed(251, 260).mapToObj((i) -> "line " + i).toArray(String[]::new));
		assertThat(AnalyticsPageController.shownLines(lines(260), -5).items().get(0).name()).isEqualTo("line 1");
		assertThat(AnalyticsPageController.shownLines(lines(0), 1).items()).isEmpty();
		assertThat(AnalyticsPageController.shownLines(lines(0), 1).totalPages()).isZero();
	}

}
