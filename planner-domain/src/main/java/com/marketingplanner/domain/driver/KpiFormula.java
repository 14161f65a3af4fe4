package com.marketingplanner.domain.driver;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import com.marketingplanner.analytics.driver.DriverFormula;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

/**
 * A KPI's target as a product or quotient of other KPIs of the same plan and constants
 * (004: 首年GMV = 月均访客数 × 12 × 转化率 × 客单价). One formula per KPI. The service checks that the
 * drivers are KPIs of the plan with a level (not a change or a multiple), and that no KPI
 * comes to depend on itself.
 */
@Entity
@Table(name = "kpi_formula")
public class KpiFormula implements PlanPart, Versioned {

	/** More factors than any seed's product of drivers needs. */
	public static final int MAX_FACTORS = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(name = "kpi_id", nullable = false)
	private Long kpiId;

	@Column(nullable = false)
	private String name;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "kpi_formula_factor", joinColumns = @JoinColumn(name = "formula_id"))
	@OrderColumn(name = "position")
	private List<FormulaFactor> factors = new ArrayList<>();

	@Version
	private long version;

	protected KpiFormula() {
	}

	public KpiFormula(Plan plan, long kpiId, String name, List<FormulaFactor> factors) {
		this.plan = plan;
		this.kpiId = kpiId;
		define(name, null, factors);
	}

	/**
	 * Names the formula and sets its factors.
	 * @throws BusinessRuleViolation without a name, without a factor, with more than
	 * {@link #MAX_FACTORS}, or when the KPI is among its own drivers
	 */
	public void define(String newName, String newNote, List<FormulaFactor> newFactors) {
		if (newName == null || newName.isBlank()) {
			throw new BusinessRuleViolation("name", "error.driver.name-required", "A formula needs a name");
		}
		if (newFactors == null || newFactors.isEmpty() || newFactors.size() > MAX_FACTORS) {
			throw new BusinessRuleViolation("factors", "error.driver.factors-count",
					"A formula has between 1 and " + MAX_FACTORS + " factors", MAX_FACTORS);
		}
		if (newFactors.stream().noneMatch(FormulaFactor::isDriver)) {
			throw new BusinessRuleViolation("factors", "error.driver.driver-required",
					"A formula needs at least one KPI among its factors");
		}
		for (int i = 0; i < newFactors.size(); i++) {
			if (this.kpiId.equals(newFactors.get(i).getDriverKpiId())) {
				throw new BusinessRuleViolation("factors[" + i + "].kpiId", "error.driver.cycle",
						"A KPI cannot depend on itself", this.kpiId);
			}
		}
		this.name = newName.strip();
		this.note = (newNote == null || newNote.isBlank()) ? null : newNote.strip();
		this.factors.clear();
		this.factors.addAll(newFactors);
	}

	/**
	 * The formula as the analytics module takes it, or {@code null} when no factor is
	 * left (its drivers were deleted).
	 */
	public DriverFormula asDriverFormula() {
		List<FormulaFactor> present = getFactors();
		return present.isEmpty() ? null : new DriverFormula(present.stream().map(FormulaFactor::asFactor).toList());
	}

	/** The ids of the driver KPIs, in factor order. */
	public List<Long> driverKpiIds() {
		return getFactors().stream().filter(FormulaFactor::isDriver).map(FormulaFactor::getDriverKpiId).toList();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	/** The KPI whose target the formula defines. */
	public Long getKpiId() {
		return this.kpiId;
	}

	public String getName() {
		return this.name;
	}

	public String getNote() {
		return this.note;
	}

	/**
	 * The factors in order. A deleted driver KPI takes its factor with it (the schema
	 * cascades), leaving a gap the list skips.
	 */
	public List<FormulaFactor> getFactors() {
		return this.factors.stream().filter(java.util.Objects::nonNull).toList();
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
