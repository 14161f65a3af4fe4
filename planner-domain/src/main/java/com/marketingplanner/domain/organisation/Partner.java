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
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A partner or vendor of the plan: what it is, how many of them ({@code 100} core
 * suppliers), the service, and for a vendor the fee as stated — an amount in the plan's
 * currency on a {@link FeeBasis} ({@code 5万/月}), or a share of the budget — and the cap
 * the plan sets on it ({@code SAS ≤ 5 %} of the budget). The fee is the whole fee of the
 * entry, not per counted partner, except per unit ({@code feeUnit} names the unit: 次, 篇).
 */
@Entity
@Table(name = "plan_partner")
public class Partner implements PlanPart, Versioned {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "partner_count")
	private Integer count;

	private String service;

	private BigDecimal fee;

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_basis")
	private FeeBasis feeBasis;

	@Column(name = "fee_unit")
	private String feeUnit;

	@Column(name = "fee_cap_share")
	private Percentage feeCapShare;

	private String note;

	@Version
	private long version;

	protected Partner() {
	}

	public Partner(Plan plan, int position, PartnerKind kind, String name) {
		this.plan = plan;
		this.position = position;
		classify(kind);
		rename(name);
	}

	public void rename(String newName) {
		this.name = TeamUnit.requiredName(newName);
	}

	public void classify(PartnerKind newKind) {
		if (newKind == null) {
			throw new BusinessRuleViolation("kind", "error.organisation.kind-required",
					"Say whether it is a vendor or a partner");
		}
		this.kind = newKind;
	}

	/**
	 * Says what it does and how many there are.
	 * @throws BusinessRuleViolation when the count is not positive
	 */
	public void describe(Integer newCount, String newService, String newNote) {
		if (newCount != null && newCount < 1) {
			throw new BusinessRuleViolation("count", "error.organisation.count-positive", "A count is at least 1",
					newCount);
		}
		this.count = newCount;
		this.service = blankToNull(newService);
		this.note = blankToNull(newNote);
	}

	/**
	 * Sets the fee (both amount and basis, or neither) and the cap on it.
	 * @param amount the fee in the plan's currency, or the share in percent for
	 * {@link FeeBasis#SHARE_OF_BUDGET}
	 * @param basis how the fee is stated
	 * @param unit what a unit is for {@link FeeBasis#PER_UNIT} (次)
	 * @param capShare the most the fee may be, in percent of the plan's budget
	 * @throws BusinessRuleViolation when the fee is negative, an amount has no basis or a
	 * basis no amount, a share or cap is not above 0 and at most 100, or a partner (not a
	 * vendor) is given a fee
	 */
	public void charge(BigDecimal amount, FeeBasis basis, String unit, BigDecimal capShare) {
		if (amount != null && amount.signum() < 0) {
			throw new BusinessRuleViolation("fee", "error.organisation.amount-negative", "An amount cannot be negative",
					amount);
		}
		if (amount != null && basis == null) {
			throw new BusinessRuleViolation("feeBasis", "error.organisation.basis-required",
					"Say how the amount is stated (fixed, per month, per year, per unit, share)");
		}
		if (amount == null && basis != null) {
			throw new BusinessRuleViolation("fee", "error.organisation.amount-required", "A basis needs an amount");
		}
		if (basis == FeeBasis.SHARE_OF_BUDGET && amount.compareTo(HUNDRED) > 0) {
			throw new BusinessRuleViolation("fee", "error.organisation.share-range",
					"A share is above 0 and at most 100 percent", amount);
		}
		if (capShare != null && (capShare.signum() <= 0 || capShare.compareTo(HUNDRED) > 0)) {
			throw new BusinessRuleViolation("feeCapShare", "error.organisation.share-range",
					"A share is above 0 and at most 100 percent", capShare);
		}
		if (this.kind == PartnerKind.PARTNER && (amount != null || capShare != null)) {
			throw new BusinessRuleViolation("kind", "error.organisation.partner-without-fee",
					"A partner works without a fee; record a paid partner as a vendor");
		}
		this.fee = Money.rounded(amount);
		this.feeBasis = basis;
		this.feeUnit = (basis == FeeBasis.PER_UNIT) ? blankToNull(unit) : null;
		this.feeCapShare = Percentage.ofNullable(capShare);
	}

	/**
	 * What the fee costs over {@code months} months of a budget of {@code budget}
	 * ({@link FeeBasis#costOver}); {@code null} when there is no fee or it cannot be
	 * known.
	 */
	public BigDecimal feeOver(int months, BigDecimal budget) {
		return (this.feeBasis != null) ? this.feeBasis.costOver(this.fee, months, budget) : null;
	}

	/** The most the fee may be for a budget of {@code budget}, or {@code null}. */
	public BigDecimal feeCap(BigDecimal budget) {
		return (this.feeCapShare != null && budget != null) ? Percentage.shareOf(this.feeCapShare.points(), budget)
				: null;
	}

	public boolean isVendor() {
		return this.kind == PartnerKind.VENDOR;
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

	public PartnerKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public Integer getCount() {
		return this.count;
	}

	public String getService() {
		return this.service;
	}

	public BigDecimal getFee() {
		return this.fee;
	}

	public FeeBasis getFeeBasis() {
		return this.feeBasis;
	}

	public String getFeeUnit() {
		return this.feeUnit;
	}

	/**
	 * The most the fee may be, as a share of the plan's budget; {@code null} when
	 * uncapped.
	 */
	public Percentage feeCapShare() {
		return this.feeCapShare;
	}

	public BigDecimal getFeeCapShare() {
		return Percentage.pointsOrNull(this.feeCapShare);
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
