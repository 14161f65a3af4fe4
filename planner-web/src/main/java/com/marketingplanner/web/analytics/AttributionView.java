package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.marketingplanner.domain.analytics.AttributionService.Attribution;
import com.marketingplanner.domain.analytics.AttributionService.Row;

/**
 * The attribution page's view: channels down, models across, each cell a channel's credit
 * under a model — the table, and the categories and series a grouped bar chart is drawn
 * from.
 *
 * @param models the models in the order asked (the series)
 * @param channels the channels by code (the categories)
 * @param cells credit per channel, then per model
 * @param totals conversions and value credited per model (every model credits all)
 */
public record AttributionView(Attribution attribution, List<String> models, List<String> channels,
		Map<String, Map<String, Row>> cells, Map<String, double[]> totals) {

	static AttributionView of(Attribution attribution) {
		Set<String> models = new LinkedHashSet<>();
		Set<String> channels = new TreeSet<>();
		Map<String, Map<String, Row>> cells = new LinkedHashMap<>();
		Map<String, double[]> totals = new LinkedHashMap<>();
		for (Row row : attribution.rows()) {
			models.add(row.model());
			channels.add(row.channel());
			cells.computeIfAbsent(row.channel(), (key) -> new LinkedHashMap<>()).put(row.model(), row);
			double[] total = totals.computeIfAbsent(row.model(), (key) -> new double[2]);
			total[0] += row.conversions();
			total[1] += row.value();
		}
		return new AttributionView(attribution, new ArrayList<>(models), new ArrayList<>(channels), cells, totals);
	}

	/**
	 * The credit of a channel under a model, {@code null} when the model gave it none.
	 */
	public Row cell(String channel, String model) {
		return this.cells.getOrDefault(channel, Map.of()).get(model);
	}

	/** The channel's actual spend, {@code null} when not known. */
	public BigDecimal spend(String channel) {
		return this.attribution.spend().get(channel);
	}

}
