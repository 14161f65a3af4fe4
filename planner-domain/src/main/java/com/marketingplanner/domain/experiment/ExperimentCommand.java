package com.marketingplanner.domain.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Registers or edits an A/B test. {@code variants} are the arms in order, the first being
 * the control; rows whose name and counts are all empty are ignored (the page offers
 * spare rows). Levels are in percent: {@code confidenceLevel} 95 (default), {@code power}
 * 80 (default), {@code minimumDetectableEffect} the smallest relative change of the
 * control's rate worth detecting (10 = ±10 %), optional — without it no sample size can
 * be computed. {@code kpiId} is the plan's KPI the test is meant to move (optional).
 * {@code status} null means PLANNED for a new test and no change for an edit.
 * {@code version} is the version read (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record ExperimentCommand(@NotBlank @Size(max = 200) String name, @Size(max = 20000) String hypothesis,
		@Size(max = 200) String metric, Long kpiId, LocalDate startDate, LocalDate endDate, ExperimentStatus status,
		@DecimalMin(value = "50", inclusive = false) @DecimalMax(value = "100", inclusive = false) @Digits(integer = 3,
				fraction = 2) BigDecimal confidenceLevel,
		@DecimalMin(value = "50", inclusive = false) @DecimalMax(value = "100", inclusive = false) @Digits(integer = 3,
				fraction = 2) BigDecimal power,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5,
				fraction = 2) BigDecimal minimumDetectableEffect,
		@NotNull @Size(max = Experiment.MAX_VARIANTS + 5) List<@Valid VariantCommand> variants, Long version) {

	/** One variant row: its name and counts (empty counts are 0 once named). */
	public record VariantCommand(@Size(max = 100) String name, @PositiveOrZero Long exposures,
			@PositiveOrZero Long conversions) {

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && this.exposures == null && this.conversions == null;
		}

	}

}
