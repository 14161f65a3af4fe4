package com.marketingplanner.web.analytics;

import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.domain.analytics.AttributionService.Attribution;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The "how computed" sentences of the analytics pages and endpoints, in the reader's
 * language (keys {@code analytics.<page>.how-computed} in the analytics bundle).
 */
@Component("analyticsTexts")
class AnalyticsTexts {

	private final MessageSource messages;

	AnalyticsTexts(MessageSource messages) {
		this.messages = messages;
	}

	String attribution(Attribution attribution) {
		return text("analytics.attribution.how-computed." + attribution.source().name().toLowerCase());
	}

	String funnel(FunnelSpec spec) {
		return text("analytics.funnel.how-computed", spec.window().toDays(), spec.order().name().toLowerCase());
	}

	String countFunnel() {
		return text("analytics.funnel.counts.how-computed");
	}

	String roi() {
		return text("analytics.roi.how-computed");
	}

	String board() {
		return text("analytics.board.how-computed");
	}

	String optimiser() {
		return text("analytics.optimiser.how-computed");
	}

	String forecast(ForecastQuery query) {
		return text("analytics.forecast.how-computed." + query.metric());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
