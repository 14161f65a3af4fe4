package com.marketingplanner.web.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list: the items and where the page stands in the whole list. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/**
	 * The highest page number a list accepts ({@code @Max(PageResponse.MAX_PAGE)} on
	 * every {@code page} parameter): with sizes up to 500 the row offset stays within
	 * what the database query accepts, so a huge page number is a 400, not a 500.
	 */
	public static final int MAX_PAGE = 1_000_000;

	/**
	 * The page a browser page shows for a {@code ?page=} it was given: negative numbers
	 * mean the first page, numbers past {@link #MAX_PAGE} the last page the database can
	 * reach (an empty page, never a 500).
	 */
	public static int pageShown(int requested) {
		return Math.min(Math.max(requested, 0), MAX_PAGE);
	}

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/** A list that is small by nature, paged in memory. */
	public static <T> PageResponse<T> ofList(List<T> all, int page, int size) {
		int from = (int) Math.min(all.size(), (long) page * size);
		int to = (int) Math.min(all.size(), (long) from + size);
		int pages = (size == 0) ? 0 : (all.size() + size - 1) / size;
		return new PageResponse<>(all.subList(from, to), page, size, all.size(), pages);
	}

}
