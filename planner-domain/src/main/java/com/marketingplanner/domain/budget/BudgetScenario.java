package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Texts;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A named alternative to a plan's budget, compared side by side with it (004 states a
 * year-1 budget of 5000萬 in 2.5 and of 8000萬 in 4.4; an optimiser proposes a new split):
 * another total — lines planned as percentages follow it — and amounts for some lines.
 * Lines it does not name keep their plan. A scenario is a draft until it is adopted
 * (written into the plan's budget) or discarded.
 */
@Entity
@Table(name = "budget_scenario")
public class BudgetScenario implements PlanPart, Versioned {

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

	private String description;

	private Money total;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BudgetScenarioStatus status = BudgetScenarioStatus.DRAFT;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "budget_scenario_line", joinColumns = @JoinColumn(name = "scenario_id"))
	@MapKeyColumn(name = "budget_line_id")
	@Column(name = "amount", nullable = false)
	private Map<Long, BigDecimal> lineAmounts = new LinkedHashMap<>();

	@Version
	private long version;

	protected BudgetScenario() {
	}

	public BudgetScenario(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		describe(name, null);
	}

	public void describe(String newName, String newDescription) {
		this.name = Texts.required(newName, "name", "error.budget.scenario.name-required",
				"A budget scenario needs a name");
		this.description = (newDescription == null || newDescription.isBlank()) ? null : newDescription.strip();
	}

	/**
	 * Sets the scenario's total ({@code null}: the plan's) and its line amounts (the
	 * service has checked that the lines belong to the plan).
	 * @throws BusinessRuleViolation for a negative amount
	 */
	public void allocate(BigDecimal newTotal, Map<Long, BigDecimal> newLineAmounts) {
		Money total = Money.ofNonNegative(newTotal, "total", "error.budget.amount-negative");
		Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
		if (newLineAmounts != null) {
			newLineAmounts.forEach((lineId, amount) -> {
				if (amount == null) {
					throw new BusinessRuleViolation("lineAmounts", "error.budget.amount-negative",
							"An amount cannot be negative: " + amount, amount);
				}
				amounts.put(lineId, Money.nonNegative(amount, "lineAmounts", "error.budget.amount-negative"));
			});
		}
		this.total = total;
		this.lineAmounts.clear();
		this.lineAmounts.putAll(amounts);
	}

	/**
	 * Marks the scenario as written into the plan's budget.
	 * @throws BusinessRuleViolation when it was adopted already
	 */
	public void adopt() {
		if (this.status == BudgetScenarioStatus.ADOPTED) {
			throw new BusinessRuleViolation("status", "error.budget.scenario.adopted-already",
					"This scenario was adopted already");
		}
		this.status = BudgetScenarioStatus.ADOPTED;
	}

	/** Sets the scenario aside (it is kept). */
	public void discard() {
		this.status = BudgetScenarioStatus.DISCARDED;
	}

	/** Takes a discarded or adopted scenario back for review. */
	public void reopen() {
		this.status = BudgetScenarioStatus.DRAFT;
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

	public String getDescription() {
		return this.description;
	}

	/** The scenario's total, or {@code null} when it keeps the plan's. */
	public Money total() {
		return this.total;
	}

	/** The amount of {@link #total()}, or {@code null} when it keeps the plan's. */
	public BigDecimal getTotal() {
		return Money.amountOrNull(this.total);
	}

	public BudgetScenarioStatus getStatus() {
		return this.status;
	}

	/** The amounts the scenario gives lines, by line id. */
	public Map<Long, BigDecimal> getLineAmounts() {
		return Collections.unmodifiableMap(this.lineAmounts);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
