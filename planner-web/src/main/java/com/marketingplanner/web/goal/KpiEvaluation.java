package com.marketingplanner.web.goal;

import java.math.BigDecimal;

import com.marketingplanner.analytics.goal.Attainment;
import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.GoalAttainment;
import com.marketingplanner.analytics.goal.GoalSpec;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiTargetType;

/**
 * Attainment and status of a KPI from its latest measurement, computed by the analytics
 * module ({@link GoalAttainment}, design.md "Goal attainment"). The domain stores a
 * relative change in percent; the analytics API takes it as a fraction.
 */
final class KpiEvaluation {

	private KpiEvaluation() {
	}

	/**
	 * Levels that contradict each other (possible for imported KPIs) are accepted by the
	 * analytics module and evaluate as
	 * {@link com.marketingplanner.analytics.goal.GoalStatus#UNDEFINED} with the reason.
	 */
	static Attainment evaluate(Kpi kpi, KpiMeasurement latest) {
		Double actual = (latest != null) ? latest.getValue().doubleValue() : null;
		return GoalAttainment.evaluate(spec(kpi), actual);
	}

	static GoalSpec spec(Kpi kpi) {
		boolean percent = kpi.getTargetType() == KpiTargetType.RELATIVE_CHANGE;
		return new GoalSpec(TargetType.valueOf(kpi.getTargetType().name()),
				Direction.valueOf(kpi.getDirection().name()), number(kpi.getBaseline(), false),
				number(kpi.getTarget(), percent), number(kpi.getChallenge(), percent),
				number(kpi.getBenchmark(), false));
	}

	private static Double number(BigDecimal value, boolean percent) {
		if (value == null) {
			return null;
		}
		return percent ? value.doubleValue() / 100 : value.doubleValue();
	}

}
