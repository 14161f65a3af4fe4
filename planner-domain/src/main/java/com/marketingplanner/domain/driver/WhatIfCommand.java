package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A what-if over the plan's driver trees: move the KPI {@code driverKpiId} to
 * {@code value} (in the KPI's unit, percent as percent) or by {@code value} percent.
 * Applying it as new targets needs the {@code versions} read of every KPI whose target
 * moves.
 */
public record WhatIfCommand(@NotNull(message = "{error.driver.driver-required-for-what-if}") Long driverKpiId,
		@NotNull Change change, @NotNull @Digits(integer = 24, fraction = 6) BigDecimal value,
		List<@Valid KpiVersion> versions) {

	/** How the value changes the driver. */
	public enum Change {

		/** The driver's new level, in its unit. */
		TO,
		/** A change of the driver's level in percent (+10 = ten percent more). */
		BY_PERCENT

	}

	/** The version of a KPI as read. */
	public record KpiVersion(@NotNull Long kpiId, @NotNull Long version) {
	}

}
