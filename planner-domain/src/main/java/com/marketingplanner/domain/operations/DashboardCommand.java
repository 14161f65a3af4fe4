package com.marketingplanner.domain.operations;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a dashboard: its name and {@code purpose}, its number of metrics and of
 * warning modules, its forecast horizon in days, how often it refreshes, the page of the
 * app that shows it ({@code view}, optional), its named {@code zones} with their rules,
 * the KPIs of the plan it follows and a note. {@code position} orders the dashboards
 * (null = last); {@code version} is the version read (edits only).
 */
public record DashboardCommand(@NotBlank @Size(max = 200) String name, @Size(max = 5000) String purpose,
		@PositiveOrZero @Max(10000) Integer metricCount, @PositiveOrZero @Max(10000) Integer warningModuleCount,
		@Positive @Max(Dashboard.MAX_HORIZON_DAYS) Integer forecastHorizonDays, DashboardRefresh refresh,
		DashboardView view, @Size(max = Dashboard.MAX_ZONES) List<@Valid Zone> zones, Set<Long> kpiIds,
		@Size(max = 5000) String note, @PositiveOrZero Integer position, Long version) {

	/**
	 * One zone: its {@code name} (红色预警区) and the {@code rule} that puts a figure into it.
	 */
	public record Zone(@Size(max = 100) String name, @Size(max = 2000) String rule) {

		/** Whether the row of a form is empty. */
		public boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && (this.rule == null || this.rule.isBlank());
		}

	}

}
