package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import com.marketingplanner.domain.analytics.BudgetBoardService.LineRow;
import com.marketingplanner.domain.analytics.BudgetBoardService.Status;
import com.marketingplanner.web.page.RowPage;
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
		RowPage<LineRow> second = AnalyticsPageController.shownLines(lines(1000), 2);

		assertThat(second.total()).isEqualTo(1000);
		assertThat(second.pages()).isEqualTo(4);
		assertThat(second.rows()).hasSize(250);
		assertThat(second.rows().get(0).name()).isEqualTo("line 251");
		assertThat(second.rows().get(249).name()).isEqualTo("line 500");
	}

	@Test
	void aPageNumberOutsideTheLinesShowsTheNearestPage() {
		assertThat(AnalyticsPageController.shownLines(lines(260), 99).rows()).extracting(LineRow::name)
			.containsExactly(IntStream.rangeClosed(251, 260).mapToObj((i) -> "line " + i).toArray(String[]::new));
		assertThat(AnalyticsPageController.shownLines(lines(260), -5).rows().get(0).name()).isEqualTo("line 1");
		assertThat(AnalyticsPageController.shownLines(lines(0), 1).rows()).isEmpty();
		assertThat(AnalyticsPageController.shownLines(lines(0), 1).paged()).isFalse();
	}

}
