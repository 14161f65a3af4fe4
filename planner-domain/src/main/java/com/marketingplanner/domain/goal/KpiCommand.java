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
 * reference (null = false). A KPI whose aim the plan states only in words leaves
 * {@code targetType} and {@code target} empty and may say the aim in {@code aim}
 * ("显著提升"); its {@code qualitativeStatus} is assessed, not computed (null keeps it, or
 * NOT_ASSESSED for a new KPI). {@code version} is the version read (edits only). The
 * rules across the levels ({@link KpiTargets}) are checked as well, each reported on its
 * field.
 */
@ConsistentKpiTargets
public record KpiCommand(Long goalId, @NotBlank @Size(max = 300) String name, @Size(max = 20000) String definition,
		GoalCategory category, @Size(max = 50) String unit, @NotNull Direction direction, TargetType targetType,
		@Digits(integer = 24, fraction = 6) BigDecimal baseline, @Digits(integer = 24, fraction = 6) BigDecimal target,
		@Digits(integer = 24, fraction = 6) BigDecimal challenge,
		@Digits(integer = 24, fraction = 6) BigDecimal benchmark, @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
		Frequency frequency, @Size(max = 200) String owner, Boolean benchmarkCase, @Size(max = 2000) String aim,
		QualitativeStatus qualitativeStatus, Long version) {

	/** A KPI without the aim in words and the assessed status (numeric KPIs). */
	public KpiCommand(Long goalId, String name, String definition, GoalCategory category, String unit,
			Direction direction, TargetType targetType, BigDecimal baseline, BigDecimal target, BigDecimal challenge,
			BigDecimal benchmark, LocalDate dueDate, Frequency frequency, String owner, Boolean benchmarkCase,
			Long version) {
		this(goalId, name, definition, category, unit, direction, targetType, baseline, target, challenge, benchmark,
				dueDate, frequency, owner, benchmarkCase, null, null, version);
	}

	public KpiTargets targets() {
		return new KpiTargets(this.targetType, this.direction, this.baseline, this.target, this.challenge,
				this.benchmark);
	}

	public boolean countsAsBenchmarkCase() {
		return Boolean.TRUE.equals(this.benchmarkCase);
	}

}
