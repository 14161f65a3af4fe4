package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.shared.Frequency;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Adds or edits a KPI. {@code goalId} null = directly under the plan. Units of the levels
 * follow {@link TargetType} (percent for a relative change, a multiple k for a multiple
 * of the benchmark). {@code benchmarkCase} marks a third-party case figure kept for
 * reference (null = false). {@code version} is the version read (edits only). The rules
 * across the levels ({@link KpiTargets}) are checked as well, each reported on its field.
 */
@ConsistentKpiTargets
public record KpiCommand(Long goalId, @NotBlank @Size(max = 300) String name, @Size(max = 20000) String definition,
		GoalCategory category, @Size(max = 50) String unit, @NotNull Direction direction,
		@NotNull TargetType targetType, @Digits(integer = 24, fraction = 6) BigDecimal baseline,
		@NotNull @Digits(integer = 24, fraction = 6) BigDecimal target,
		@Digits(integer = 24, fraction = 6) BigDecimal challenge,
		@Digits(integer = 24, fraction = 6) BigDecimal benchmark, @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
		Frequency frequency, @Size(max = 200) String owner, Boolean benchmarkCase, Long version) {

	public KpiTargets targets() {
		return new KpiTargets(this.targetType, this.direction, this.baseline, this.target, this.challenge,
				this.benchmark);
	}

	public boolean countsAsBenchmarkCase() {
		return Boolean.TRUE.equals(this.benchmarkCase);
	}

}
