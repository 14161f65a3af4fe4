package com.marketingplanner.web.chart;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link ChartTable}s in the reader's language, for templates:
 * {@code ${@chartTables.of(chart)}}.
 */
@Component("chartTables")
public class ChartTables {

	private final MessageSource messages;

	ChartTables(MessageSource messages) {
		this.messages = messages;
	}

	public ChartTable of(Chart chart) {
		Locale locale = LocaleContextHolder.getLocale();
		return ChartTable.of(chart,
				new ChartTable.Words(word("chart.table.item", locale), word("chart.table.value", locale),
						word("chart.table.row", locale), word("chart.table.start", locale),
						word("chart.table.end", locale), word("chart.table.detail", locale)));
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
