package com.marketingplanner.domain.context;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A figure the plan cites as background: a baseline or market figure that is neither a
 * goal of the plan (a KPI) nor a third-party case (a benchmark KPI). 004's "CAC 185元, +68
 * % vs 2020" is the value 185 in 元 with a change of +68 % against 较2020年; its "资金周转1.8次
 * (行业优秀3.5次)" the value 1.8 次 compared with 3.5 (行业优秀水平); 002's "CPC +120 %" only a
 * change. A figure states a value (optionally a range up to {@code upperValue}, or
 * bounded: below, above …) with its unit, a change, or both; the year it is as of, the
 * section of the source and a note.
 */
@Entity
@Table(name = "context_metric")
public class ContextMetric implements PlanPart, Versioned {

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	private ContextQualifier qualifier;

	private BigDecimal value;

	@Column(name = "upper_value")
	private BigDecimal upperValue;

	private String unit;

	@Column(name = "change_percent")
	private BigDecimal changePercent;

	@Column(name = "change_basis")
	private String changeBasis;

	@Column(name = "comparison_value")
	private BigDecimal comparisonValue;

	@Column(name = "comparison_label")
	private String comparisonLabel;

	@Column(name = "as_of_year")
	private Integer asOfYear;

	@Column(name = "source_section")
	private String sourceSection;

	private String note;

	@Version
	private long version;

	protected ContextMetric() {
	}

	public ContextMetric(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	/**
	 * @throws BusinessRuleViolation on {@code name} when it is blank
	 */
	public void rename(String newName) {
		this.name = Texts.required(newName, "name", "error.context.name-required", "A context figure needs a name");
	}

	/**
	 * States the figure: a value with its unit (a range when {@code newUpperValue} is
	 * given; bounded by {@code newQualifier}), a change in percent against
	 * {@code newChangeBasis} ("较2020年", "三年"), or both.
	 * @throws BusinessRuleViolation when neither a value nor a change is given, a range
	 * has no lower end or its ends are the wrong way round, a range is stated as a bound,
	 * a qualifier has no value, a value has no unit, or a basis has no change
	 */
	public void measure(ContextQualifier newQualifier, BigDecimal newValue, BigDecimal newUpperValue, String newUnit,
			BigDecimal newChangePercent, String newChangeBasis) {
		String unitText = blankToNull(newUnit);
		String basisText = blankToNull(newChangeBasis);
		if (newValue == null && newChangePercent == null) {
			throw new BusinessRuleViolation("value", "error.context.figure-required",
					"State a value, a change in percent, or both");
		}
		if (newUpperValue != null && newValue == null) {
			throw new BusinessRuleViolation("value", "error.context.range-needs-low",
					"A range needs its lower end as the value");
		}
		if (newUpperValue != null && newUpperValue.compareTo(newValue) < 0) {
			throw new BusinessRuleViolation("upperValue", "error.context.range-order",
					"The upper end of the range ({0}) is below its lower end ({1})", newUpperValue, newValue);
		}
		if (newUpperValue != null && newQualifier != null && !newQualifier.suitsRange()) {
			throw new BusinessRuleViolation("qualifier", "error.context.range-qualifier",
					"A range is stated as equal or about, not as a bound ({0})", newQualifier.symbol());
		}
		if (newQualifier != null && newValue == null) {
			throw new BusinessRuleViolation("qualifier", "error.context.qualifier-needs-value",
					"A qualifier ({0}) needs a value", newQualifier.symbol());
		}
		if (newValue != null && unitText == null) {
			throw new BusinessRuleViolation("unit", "error.context.unit-required",
					"Say the unit of the value (%, 元, 次, 万人 …)");
		}
		if (basisText != null && newChangePercent == null) {
			throw new BusinessRuleViolation("changePercent", "error.context.change-required",
					"A basis of a change (“{0}”) needs the change in percent", basisText);
		}
		this.qualifier = newQualifier;
		this.value = newValue;
		this.upperValue = newUpperValue;
		this.unit = unitText;
		this.changePercent = newChangePercent;
		this.changeBasis = basisText;
	}

	/**
	 * Sets the comparison the source states, such as the best in class (004: 资金周转 3.5 次,
	 * 行业优秀水平); both or neither.
	 * @throws BusinessRuleViolation when only one of value and label is given
	 */
	public void compareWith(BigDecimal newComparisonValue, String newComparisonLabel) {
		String label = blankToNull(newComparisonLabel);
		if (newComparisonValue != null && label == null) {
			throw new BusinessRuleViolation("comparisonLabel", "error.context.comparison-label-required",
					"Say what the comparison value is (行业优秀水平, 头部企业 …)");
		}
		if (newComparisonValue == null && label != null) {
			throw new BusinessRuleViolation("comparisonValue", "error.context.comparison-value-required",
					"A comparison (“{0}”) needs its value", label);
		}
		this.comparisonValue = newComparisonValue;
		this.comparisonLabel = label;
	}

	/**
	 * Sets the year the figure is as of ({@code null}: not stated).
	 * @throws BusinessRuleViolation when the year is outside 1900–2200
	 */
	public void asOf(Integer year) {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new BusinessRuleViolation("asOfYear", "error.context.year-range", "The year is between {0} and {1}",
					FIRST_YEAR, LAST_YEAR);
		}
		this.asOfYear = year;
	}

	/** Sets the section of the source that states the figure, and a note. */
	public void cite(String newSourceSection, String newNote) {
		this.sourceSection = blankToNull(newSourceSection);
		this.note = blankToNull(newNote);
	}

	/** Whether the figure is a range (a value up to an upper value). */
	public boolean isRange() {
		return this.upperValue != null;
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public ContextQualifier getQualifier() {
		return this.qualifier;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public BigDecimal getUpperValue() {
		return this.upperValue;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getChangePercent() {
		return this.changePercent;
	}

	public String getChangeBasis() {
		return this.changeBasis;
	}

	public BigDecimal getComparisonValue() {
		return this.comparisonValue;
	}

	public String getComparisonLabel() {
		return this.comparisonLabel;
	}

	public Integer getAsOfYear() {
		return this.asOfYear;
	}

	public String getSourceSection() {
		return this.sourceSection;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
