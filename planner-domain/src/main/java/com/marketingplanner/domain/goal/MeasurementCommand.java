package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Records a measured value of a KPI over a period (in the KPI's unit). */
@EndNotBeforeStart(start = "periodStart", end = "periodEnd")
public record MeasurementCommand(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodStart,
		@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodEnd,
		@NotNull @Digits(integer = 24, fraction = 6) BigDecimal value, @Size(max = 200) String source,
		@Size(max = 20000) String note) {
}
