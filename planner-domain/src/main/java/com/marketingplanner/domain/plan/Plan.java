package com.marketingplanner.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.user.AppUser;

/**
 * A marketing plan: the aggregate root that goals, KPIs, budget, timeline, risks and
 * campaigns belong to. Guards its period, its currency and its life cycle
 * ({@link PlanStatus}).
 */
@Entity
@Table(name = "plan")
public class Plan implements Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanLanguage language = PlanLanguage.EN;

	@Column(nullable = false)
	private String currency = "CNY";

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status = PlanStatus.DRAFT;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private AppUser owner;

	@Column(name = "total_budget")
	private BigDecimal totalBudget;

	@Column(name = "template_code")
	private String templateCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Plan() {
	}

	public Plan(String title, AppUser owner, DateRange period) {
		this.owner = owner;
		retitle(title, null);
		reschedule(period);
	}

	public void retitle(String newTitle, String newDescription) {
		if (newTitle == null || newTitle.isBlank()) {
			throw new BusinessRuleViolation("title", "error.plan.title-required", "A plan needs a title");
		}
		this.title = newTitle.strip();
		this.description = newDescription;
	}

	public void reschedule(DateRange period) {
		this.periodStart = period.start();
		this.periodEnd = period.end();
	}

	public void writeIn(PlanLanguage newLanguage) {
		this.language = (newLanguage != null) ? newLanguage : PlanLanguage.EN;
	}

	/**
	 * Sets the currency all money of this plan is in.
	 * @param code an ISO 4217 code such as CNY
	 */
	public void useCurrency(String code) {
		try {
			this.currency = Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new BusinessRuleViolation("currency", "error.plan.currency-unknown",
					"'" + code + "' is not an ISO 4217 currency code", code);
		}
	}

	public void budgetTotal(BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			throw new BusinessRuleViolation("totalBudget", "error.amount.negative",
					"An amount cannot be negative: " + amount, amount);
		}
		this.totalBudget = (amount != null) ? amount.setScale(2, java.math.RoundingMode.HALF_UP) : null;
	}

	public void recordTemplate(String code) {
		this.templateCode = code;
	}

	public void submitForReview() {
		changeStatus(PlanStatus.IN_REVIEW);
	}

	public void approve() {
		changeStatus(PlanStatus.APPROVED);
	}

	public void returnToDraft() {
		changeStatus(PlanStatus.DRAFT);
	}

	public void activate() {
		changeStatus(PlanStatus.ACTIVE);
	}

	public void close() {
		changeStatus(PlanStatus.CLOSED);
	}

	public void archive() {
		changeStatus(PlanStatus.ARCHIVED);
	}

	/**
	 * Moves the plan to another status.
	 * @throws BusinessRuleViolation when the life cycle does not allow that step
	 */
	public void changeStatus(PlanStatus target) {
		if (!this.status.canChangeTo(target)) {
			throw new BusinessRuleViolation("status", "error.plan.transition-not-allowed",
					"A plan cannot go from " + this.status + " to " + target + " (allowed: " + this.status.next() + ")",
					this.status, target, this.status.next());
		}
		this.status = target;
	}

	/**
	 * Refuses edits to the plan's content once it is closed or archived.
	 * @throws BusinessRuleViolation when the plan is read-only
	 */
	public void requireEditable() {
		if (!this.status.isEditable()) {
			throw new BusinessRuleViolation(null, "error.plan.read-only",
					"Plan " + this.id + " is " + this.status + " and can no longer be edited", this.id, this.status);
		}
	}

	public DateRange period() {
		return new DateRange(this.periodStart, this.periodEnd);
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public PlanLanguage getLanguage() {
		return this.language;
	}

	public String getCurrency() {
		return this.currency;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public AppUser getOwner() {
		return this.owner;
	}

	public BigDecimal getTotalBudget() {
		return this.totalBudget;
	}

	public String getTemplateCode() {
		return this.templateCode;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
