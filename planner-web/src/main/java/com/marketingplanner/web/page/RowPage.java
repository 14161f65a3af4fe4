package com.marketingplanner.web.page;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a long table of rows shown on a page (not REST): page {@code number}
 * (1-based) of {@code pages}, rows {@code from} (inclusive) to {@code to} (exclusive) of
 * {@code total}. The page asked for is clamped to the pages there are, so a stale or
 * hand-typed link still shows rows. Rendered by {@code fragments/pager :: rows}.
 *
 * @param <T> the row type
 */
public record RowPage<T>(List<T> rows, int number, int pages, int from, int to, int total) {

	/** Page {@code asked} (1-based; clamped) of {@code all}, {@code size} rows a page. */
	public static <T> RowPage<T> of(List<T> all, int size, int asked) {
		return holding(all, size, asked, (row) -> false);
	}

	/**
	 * The page that holds the first row {@code wanted} accepts (a line being edited),
	 * otherwise page {@code asked}, as {@link #of}.
	 */
	public static <T> RowPage<T> holding(List<T> all, int size, int asked, Predicate<? super T> wanted) {
		if (size < 1) {
			throw new IllegalArgumentException("rows per page must be positive: " + size);
		}
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int number = asked;
		for (int i = 0; i < all.size(); i++) {
			if (wanted.test(all.get(i))) {
				number = i / size + 1;
				break;
			}
		}
		number = Math.min(Math.max(number, 1), pages);
		int from = Math.min(all.size(), (number - 1) * size);
		int to = Math.min(all.size(), from + size);
		return new RowPage<>(all.subList(from, to), number, pages, from, to, all.size());
	}

	/** Whether there is more than one page (the pager is shown only then). */
	public boolean paged() {
		return this.pages > 1;
	}

}
