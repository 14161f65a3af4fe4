package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A measured value of a KPI over a period. Measurements are recorded and deleted, never
 * edited; the latest (by period end, then by recording time) is the KPI's actual.
 */
@Entity
@Table(name = "kpi_measurement")
public class KpiMeasurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kpi_id")
	private Kpi kpi;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(nullable = false)
	private BigDecimal value;

	private String source;

	private String note;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt = Instant.now();

	protected KpiMeasurement() {
	}

	public KpiMeasurement(Kpi kpi, DateRange period, BigDecimal value, String source, String note) {
		if (value == null) {
			throw new BusinessRuleViolation("value", "error.measurement.value-required", "A measurement needs a value");
		}
		this.kpi = kpi;
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.value = value;
		this.source = blankToNull(source);
		this.note = blankToNull(note);
	}

	public DateRange period() {
		return new DateRange(this.periodStart, this.periodEnd);
	}

	public Long getId() {
		return this.id;
	}

	public Kpi getKpi() {
		return this.kpi;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getSource() {
		return this.source;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
