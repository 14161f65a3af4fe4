package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiWarning;
import com.marketingplanner.domain.goal.QualitativeStatus;
import com.marketingplanner.domain.shared.Frequency;

/**
 * A KPI as the API shows it, with its latest measurement and its computed attainment
 * ({@code attainment} is the ratio, 1 = target reached; {@code attainmentPercent} the
 * same in percent; both {@code null} when not defined) and status. A KPI whose aim is
 * stated in words ({@code qualitative}, {@code aim}) has no target type and no target;
 * its {@code qualitativeStatus} is assessed and {@code status} is its traffic light.
 */
record KpiResponse(long id, Long goalId, int position, String name, String definition, GoalCategory category,
		GoalCategory effectiveCategory, String unit, Direction direction, TargetType targetType, BigDecimal baseline,
		BigDecimal target, BigDecimal challenge, BigDecimal benchmark, LocalDate dueDate, Frequency frequency,
		String owner, boolean benchmarkCase, boolean qualitative, String aim, QualitativeStatus qualitativeStatus,
		List<KpiWarning> warnings, MeasurementResponse latestMeasurement, Double attainment,
		BigDecimal attainmentPercent, GoalStatus status, String explanation, long version) {

	static KpiResponse from(KpiView view) {
		Kpi kpi = view.kpi();
		return new KpiResponse(kpi.getId(), kpi.getGoalId(), kpi.getPosition(), kpi.getName(), kpi.getDefinition(),
				kpi.getCategory(), kpi.effectiveCategory(), kpi.getUnit(), kpi.getDirection(), kpi.getTargetType(),
				view.baseline(), view.target(), view.challenge(), view.benchmark(), kpi.getDueDate(),
				kpi.getFrequency(), kpi.getOwner(), kpi.isBenchmarkCase(), kpi.isQualitative(), kpi.getAim(),
				kpi.getQualitativeStatus(), kpi.warnings(),
				(view.latest() != null) ? MeasurementResponse.from(kpi.getId(), view.latest()) : null,
				view.attainment().ratio().isPresent() ? view.attainment().ratio().getAsDouble() : null,
				view.attainmentPercent(), view.status(), view.attainment().explanation(), kpi.getVersion());
	}

}
