package com.marketingplanner.domain.risk;

/**
 * Filters for a plan's risk register; every field is optional.
 *
 * @param category only risks of this category (exact text)
 * @param status only risks in this status
 * @param strategy only risks treated this way
 */
public record RiskFilter(String category, RiskStatus status, RiskStrategy strategy) {

	public static RiskFilter none() {
		return new RiskFilter(null, null, null);
	}

	String categoryOrNull() {
		return (this.category == null || this.category.isBlank()) ? null : this.category.strip();
	}

}
