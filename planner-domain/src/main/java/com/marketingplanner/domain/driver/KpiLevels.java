package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.Kpi;

/**
 * A KPI's target as a level a formula can read: percent units as fractions (5 % = 0.05),
 * and only targets that are levels — a relative change (+20 %) or a multiple of a
 * benchmark is not the metric's level, so it cannot drive or be derived.
 */
final class KpiLevels {

	/**
	 * Decimal places of a computed level in the KPI's unit: four for small levels (a
	 * conversion of 0.9259 %), two from 1,000 on (8,333,333.33 元).
	 */
	static final int SCALE = 4;

	private static final int LARGE_SCALE = 2;

	private KpiLevels() {
	}

	/** Whether the KPI's unit is a percentage ("%", "%（同比）"). */
	static boolean isPercent(Kpi kpi) {
		return kpi.getUnit() != null && kpi.getUnit().strip().startsWith("%");
	}

	/** Whether the KPI's target, when stated, is a level (not a change or a multiple). */
	static boolean isLevel(Kpi kpi) {
		return kpi.getTargetType() != TargetType.RELATIVE_CHANGE
				&& kpi.getTargetType() != TargetType.MULTIPLE_OF_BENCHMARK;
	}

	/** The stated target as a formula reads it, or {@code null} when there is none. */
	static Double statedLevel(Kpi kpi) {
		if (!isLevel(kpi) || kpi.getTarget() == null) {
			return null;
		}
		return toLevel(kpi, kpi.getTarget().doubleValue());
	}

	/** A value in the KPI's unit as a formula reads it. */
	static double toLevel(Kpi kpi, double inUnit) {
		return isPercent(kpi) ? inUnit / 100 : inUnit;
	}

	/** A level back in the KPI's unit, or {@code null}. */
	static BigDecimal inUnit(Kpi kpi, Double level) {
		if (level == null || level.isNaN() || level.isInfinite()) {
			return null;
		}
		double value = isPercent(kpi) ? level * 100 : level;
		return BigDecimal.valueOf(value)
			.setScale((Math.abs(value) >= 1000) ? LARGE_SCALE : SCALE, RoundingMode.HALF_UP);
	}

}
