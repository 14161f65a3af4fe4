package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits the formula of a KPI ({@code kpiId}, a KPI of the same plan): a
 * {@code name} ("GMV = 访客 × 转化率 × 客单价"), a {@code note} and its {@code factors}, each a
 * KPI of the plan or a constant, multiplied or divided. {@code version} is the version
 * read (edits only).
 */
public record KpiFormulaCommand(@NotNull(message = "{error.driver.kpi-required}") Long kpiId,
		@NotBlank @Size(max = 200) String name, @Size(max = 20000) String note,
		@NotNull @Size(min = 1, max = KpiFormula.MAX_FACTORS) List<@Valid Factor> factors, Long version) {

	/**
	 * One factor: {@code kpiId} (a driver KPI) or {@code constant}, multiplied, or
	 * divided when {@code divides} is true; {@code label} names a constant ("月数").
	 */
	public record Factor(Long kpiId, @Digits(integer = 24, fraction = 6) BigDecimal constant, Boolean divides,
			@Size(max = 100) String label) {

		/** Whether the formula divides by the factor (absent: multiplies). */
		public boolean dividing() {
			return Boolean.TRUE.equals(this.divides);
		}

		/** Whether the row of a form is empty (no KPI, no constant). */
		public boolean isEmpty() {
			return this.kpiId == null && this.constant == null;
		}

	}

}
