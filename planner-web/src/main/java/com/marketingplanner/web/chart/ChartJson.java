package com.marketingplanner.web.chart;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A {@link Chart} as JSON for the page: templates write it into a
 * {@code <script type="application/json">} data block ({@code ${@charts.json(chart)}}),
 * which no browser executes, so it passes a {@code script-src 'self'} policy. Every
 * {@code <} is written as {@code \u003c} so no text of the chart can close the block.
 */
@Component("charts")
public class ChartJson {

	private final JsonMapper json;

	ChartJson(JsonMapper json) {
		this.json = json;
	}

	public String json(Chart chart) {
		return this.json.writeValueAsString(chart).replace("<", "\\u003c");
	}

}
