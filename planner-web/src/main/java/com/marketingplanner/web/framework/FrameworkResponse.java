package com.marketingplanner.web.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import com.marketingplanner.domain.framework.Framework;
import com.marketingplanner.domain.framework.FrameworkItem;
import com.marketingplanner.domain.framework.FrameworkKind;

/**
 * A framework as the API returns it: its items in order, each with its index (the address
 * of the item under {@code /items/{index}} for this {@code version}); {@code shareTotal}
 * sums the items stated as shares ({@code %}), null when none is.
 */
public record FrameworkResponse(long id, FrameworkKind kind, String name, String description, String sourceSection,
		List<Item> items, BigDecimal shareTotal, int position, long version) {

	static FrameworkResponse from(Framework framework) {
		List<FrameworkItem> items = framework.getItems();
		return new FrameworkResponse(framework.getId(), framework.getKind(), framework.getName(),
				framework.getDescription(), framework.getSourceSection(),
				IntStream.range(0, items.size()).mapToObj((i) -> Item.of(framework, i, items.get(i))).toList(),
				framework.shareTotal(), framework.getPosition(), framework.getVersion());
	}

	/**
	 * An item; {@code dependsOn} names the step before it in a sequence (null otherwise),
	 * {@code attributionModel} the application's attribution model it is.
	 */
	public record Item(int index, String name, String description, BigDecimal value, String unit,
			String attributionModel, String dependsOn) {

		static Item of(Framework framework, int index, FrameworkItem item) {
			return new Item(index, item.getName(), item.getDescription(), item.getValue(), item.getUnit(),
					item.getAttributionModel(), framework.dependsOn(index));
		}

	}

}
