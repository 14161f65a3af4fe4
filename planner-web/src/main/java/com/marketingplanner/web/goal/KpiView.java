package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.marketingplanner.analytics.goal.Attainment;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiWarning;

/**
 * A KPI with its latest measurement and the attainment computed from it; what the pages
 * and the API show.
 */
public record KpiView(Kpi kpi, KpiMeasurement latest, Attainment attainment) {

	public static KpiView of(Kpi kpi, KpiMeasurement latest) {
		return new KpiView(kpi, latest, kpi.attainment((latest != null) ? latest.getValue() : null));
	}

	public GoalStatus status() {
		return this.attainment.status();
	}

	/** The attainment in percent, one decimal, or {@code null} when not defined. */
	public BigDecimal attainmentPercent() {
		if (this.attainment.ratio().isEmpty()) {
			return null;
		}
		return BigDecimal.valueOf(this.attainment.ratio().getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP);
	}

	/** The colour of the status badge. */
	public String statusColour() {
		return switch (status()) {
			case BELOW_BASELINE -> "red";
			case BELOW_TARGET -> "amber";
			case ON_TARGET -> "green";
			case STRETCH_MET -> "blue";
			case NOT_MEASURED, UNDEFINED -> "";
		};
	}

	public List<String> warningKeys() {
		return this.kpi.warnings().stream().map(KpiWarning::messageKey).toList();
	}

	public BigDecimal baseline() {
		return Numbers.plain(this.kpi.getBaseline());
	}

	public BigDecimal target() {
		return Numbers.plain(this.kpi.getTarget());
	}

	public BigDecimal challenge() {
		return Numbers.plain(this.kpi.getChallenge());
	}

	public BigDecimal benchmark() {
		return Numbers.plain(this.kpi.getBenchmark());
	}

	public BigDecimal actual() {
		return (this.latest != null) ? Numbers.plain(this.latest.getValue()) : null;
	}

}
