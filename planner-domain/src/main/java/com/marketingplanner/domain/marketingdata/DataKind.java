package com.marketingplanner.domain.marketingdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of marketing data the app stores, each with the name it has in the import API
 * ({@code ?kind=touchpoints}). Touchpoints, events and channel actuals belong to the
 * organisation; line spend and KPI measurements to a plan; path aggregates to a period.
 */
public enum DataKind {

	TOUCHPOINTS("touchpoints"), EVENTS("events"), CHANNEL_ACTUALS("channel-actuals"), LINE_SPEND("line-spend"),
	KPI_MEASUREMENTS("kpi-measurements"), PATHS("paths");

	private final String slug;

	DataKind(String slug) {
		this.slug = slug;
	}

	/** The name in the API and on the page, e.g. {@code channel-actuals}. */
	public String slug() {
		return this.slug;
	}

	public static Optional<DataKind> fromSlug(String slug) {
		String wanted = (slug != null) ? slug.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(wanted)).findFirst();
	}

	/** Whether the rows name a plan (line spend, KPI measurements). */
	public boolean isPlanScoped() {
		return this == LINE_SPEND || this == KPI_MEASUREMENTS;
	}

}
