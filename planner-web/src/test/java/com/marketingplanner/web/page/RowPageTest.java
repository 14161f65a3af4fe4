package com.marketingplanner.web.page;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RowPageTest {

	private static final List<Integer> ROWS = IntStream.rangeClosed(1, 26).boxed().toList();

	@Test
	void showsThePageAskedForWithItsBounds() {
		RowPage<Integer> second = RowPage.of(ROWS, 10, 2);

		assertThat(second.rows()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
		assertThat(second).extracting(RowPage::number, RowPage::pages, RowPage::from, RowPage::to, RowPage::total)
			.containsExactly(2, 3, 10, 20, 26);
		assertThat(second.paged()).isTrue();
	}

	@Test
	void clampsAPageOutsideTheRows() {
		assertThat(RowPage.of(ROWS, 10, 99).rows()).containsExactly(21, 22, 23, 24, 25, 26);
		assertThat(RowPage.of(ROWS, 10, -3).number()).isEqualTo(1);
		RowPage<Integer> empty = RowPage.of(List.<Integer>of(), 10, 4);
		assertThat(empty.rows()).isEmpty();
		assertThat(empty.paged()).isFalse();
		assertThat(empty.from()).isZero();
	}

	@Test
	void opensThePageThatHoldsTheRowBeingEdited() {
		assertThat(RowPage.holding(ROWS, 10, 1, (row) -> row == 23).number()).isEqualTo(3);
		assertThat(RowPage.holding(ROWS, 10, 2, (row) -> false).number()).isEqualTo(2);
	}

	@Test
	void refusesPagesWithoutRows() {
		assertThatIllegalArgumentException().isThrownBy(() -> RowPage.of(ROWS, 0, 1));
	}

}
