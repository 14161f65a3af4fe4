package com.marketingplanner.domain.organisation;

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
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A cost the plan states but keeps outside its budget (002: content 16万 + 15万, the
 * charity's 100万/年, the innovation fund's 200万/年, the vendors' fees): what it is, the
 * amount on a basis (fixed, per month, per year) and why it is outside. A cost that is a
 * vendor's fee names the vendor ({@code partnerId}) and may leave its amount to the
 * vendor's fee. The budget check adds these costs to the budget and flags them.
 */
@Entity
@Table(name = "off_budget_cost")
public class OffBudgetCost implements PlanPart, Versioned {

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

	private Money amount;

	@Enumerated(EnumType.STRING)
	private FeeBasis basis;

	@Column(name = "partner_id")
	private Long partnerId;

	private String reason;

	@Version
	private long version;

	protected OffBudgetCost() {
	}

	public OffBudgetCost(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	public void rename(String newName) {
		this.name = TeamUnit.requiredName(newName);
	}

	/**
	 * Sets the amount (both amount and basis, or neither: then the linked vendor's fee is
	 * the cost).
	 * @throws BusinessRuleViolation when the amount is negative, only one of amount and
	 * basis is given, or the basis is per unit or a share (a cost outside the budget is
	 * an amount: fixed, per month or per year)
	 */
	public void cost(BigDecimal newAmount, FeeBasis newBasis) {
		if (newAmount != null && newAmount.signum() < 0) {
			throw new BusinessRuleViolation("amount", "error.organisation.amount-negative",
					"An amount cannot be negative", newAmount);
		}
		if (newAmount != null && newBasis == null) {
			throw new BusinessRuleViolation("basis", "error.organisation.basis-required",
					"Say how the amount is stated (fixed, per month, per year, per unit, share)");
		}
		if (newAmount == null && newBasis != null) {
			throw new BusinessRuleViolation("amount", "error.organisation.amount-required", "A basis needs an amount");
		}
		if (newBasis != null && !newBasis.suitsCostOutsideBudget()) {
			throw new BusinessRuleViolation("basis", "error.organisation.cost-basis",
					"A cost outside the budget is fixed, per month or per year");
		}
		this.amount = Money.ofNullable(newAmount);
		this.basis = newBasis;
	}

	/**
	 * Links the cost to the vendor it pays ({@code null}: none).
	 * @throws BusinessRuleViolation when the partner is of another plan or not a vendor
	 */
	public void paidTo(Partner vendor) {
		if (vendor != null && !vendor.getPlan().getId().equals(this.plan.getId())) {
			throw new BusinessRuleViolation("partnerId", "error.organisation.partner-unknown",
					"No such vendor in this plan: {0}", vendor.getId());
		}
		if (vendor != null && !vendor.isVendor()) {
			throw new BusinessRuleViolation("partnerId", "error.organisation.cost-not-vendor",
					"Only a vendor is paid; “{0}” is a partner without a fee", vendor.getName());
		}
		this.partnerId = (vendor != null) ? vendor.getId() : null;
	}

	public void explain(String newReason) {
		this.reason = blankToNull(newReason);
	}

	/**
	 * What the cost comes to over {@code months} months of a budget of {@code budget}:
	 * its own amount on its basis, else the linked vendor's fee over the same months;
	 * {@code null} when unknown.
	 * @param vendor the linked vendor, or {@code null}
	 */
	public BigDecimal costOver(int months, BigDecimal budget, Partner vendor) {
		if (this.basis != null) {
			return this.basis.costOver(this.amount.amount(), months, budget);
		}
		return (vendor != null) ? vendor.feeOver(months, budget) : null;
	}

	/** Forgets the vendor (it is being deleted). */
	void forgetPartner() {
		this.partnerId = null;
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

	/**
	 * The cost's own amount on its basis; {@code null} when the vendor's fee is the cost.
	 */
	public Money amount() {
		return this.amount;
	}

	public BigDecimal getAmount() {
		return Money.amountOrNull(this.amount);
	}

	public FeeBasis getBasis() {
		return this.basis;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public String getReason() {
		return this.reason;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
