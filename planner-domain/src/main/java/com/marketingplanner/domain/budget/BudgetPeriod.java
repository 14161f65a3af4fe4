package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Texts;

/**
 * A budget period inside a plan — a year of a multi-year plan — and its budget (002:
 * "首年投入总额控制在500万元以内", the first of three years; 004: 5000万 for year 1 of 24 months). The
 * budget check takes a month's budget from the period it falls in: the period's amount ÷
 * its months. Periods of a plan do not overlap (checked by {@link BudgetPeriodService});
 * the amount may be unknown when the plan does not state it.
 */
@Entity
@Table(name = "budget_period")
public class BudgetPeriod implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private String name;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	private Money amount;

	private String note;

	@Version
	private long version;

	protected BudgetPeriod() {
	}

	public BudgetPeriod(Plan plan, String name, DateRange range) {
		this.plan = plan;
		rename(name, null);
		cover(range);
	}

	public void rename(String newName, String newNote) {
		this.name = Texts.required(newName, "name", "error.budget.period.name-required",
				"A budget period needs a name");
		this.note = (newNote == null || newNote.isBlank()) ? null : newNote.strip();
	}

	public void cover(DateRange range) {
		this.startDate = range.start();
		this.endDate = range.end();
	}

	/**
	 * Sets the period's budget ({@code null}: not stated).
	 * @throws BusinessRuleViolation for a negative amount
	 */
	public void budget(BigDecimal newAmount) {
		this.amount = Money.ofNonNegative(newAmount, "amount", "error.budget.amount-negative");
	}

	public DateRange range() {
		return new DateRange(this.startDate, this.endDate);
	}

	/** Whether this period shares a day with {@code other}. */
	public boolean overlaps(DateRange other) {
		return !this.endDate.isBefore(other.start()) && !this.startDate.isAfter(other.end());
	}

	/**
	 * The budget of one month of the period (amount ÷ calendar months it touches); null
	 * when the amount is not stated.
	 */
	public BigDecimal monthlyBudget() {
		return toInput().monthlyBudget();
	}

	BudgetInput.Period toInput() {
		return new BudgetInput.Period(range(), getAmount());
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	/** The period's budget; {@code null} when not stated. */
	public Money amount() {
		return this.amount;
	}

	public BigDecimal getAmount() {
		return Money.amountOrNull(this.amount);
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
