package com.marketingplanner.domain.budget;

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
import com.marketingplanner.domain.shared.Money;

/**
 * Money actually spent on a budget line on a day. Entries are added and deleted, never
 * edited (a correction is a delete plus a new entry), so they carry no version.
 */
@Entity
@Table(name = "actual_spend")
public class ActualSpend {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "budget_line_id")
	private BudgetLine line;

	@Column(name = "spent_on", nullable = false)
	private LocalDate spentOn;

	@Column(nullable = false)
	private Money amount;

	private String source;

	private String note;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt = Instant.now();

	protected ActualSpend() {
	}

	/**
	 * @throws BusinessRuleViolation when the day or the amount is missing or the amount
	 * is negative
	 */
	public ActualSpend(BudgetLine line, LocalDate spentOn, BigDecimal amount, String source, String note) {
		if (spentOn == null) {
			throw new BusinessRuleViolation("spentOn", "error.budget.spend.date-required",
					"A spend entry needs the day the money was spent");
		}
		if (amount == null) {
			throw new BusinessRuleViolation("amount", "error.budget.spend.amount-required",
					"A spend entry needs an amount");
		}
		Money spent = Money.ofNonNegative(amount, "amount", "error.budget.amount-negative");
		this.line = line;
		this.spentOn = spentOn;
		this.amount = spent;
		this.source = (source != null && !source.isBlank()) ? source.strip() : null;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public BudgetLine getLine() {
		return this.line;
	}

	public LocalDate getSpentOn() {
		return this.spentOn;
	}

	/** The money spent. */
	public Money amount() {
		return this.amount;
	}

	public BigDecimal getAmount() {
		return this.amount.amount();
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
