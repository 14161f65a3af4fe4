package com.marketingplanner.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Texts;

/**
 * A marketing plan: the aggregate root that goals, KPIs, budget, timeline, risks and
 * campaigns belong to. Guards its period, its currency, its membership (owner, editors,
 * viewers; {@link PlanAccess}) and its life cycle ({@link PlanStatus}), which changes
 * only through the intention methods, each naming the person who acts.
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
	private Money totalBudget;

	@Enumerated(EnumType.STRING)
	@Column(name = "plan_kind")
	private PlanKind planKind;

	@Column(name = "business_context")
	private String businessContext;

	@Column(name = "currency_stated", nullable = false)
	private boolean currencyStated = true;

	@Column(name = "context_currency")
	private String contextCurrency;

	@Column(name = "template_code")
	private String templateCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanVisibility visibility = PlanVisibility.ORGANISATION;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<PlanMember> members = new LinkedHashSet<>();

	@Column(nullable = false)
	private int revision = 1;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "submitted_by")
	private AppUser submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "approved_by")
	private AppUser approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

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
		this.title = Texts.required(newTitle, "title", "error.plan.title-required", "A plan needs a title");
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
		this.totalBudget = Money.ofNonNegative(amount, "totalBudget", "error.amount.negative");
	}

	/** The plan's total budget; {@code null} when the plan does not state one. */
	public Money totalBudget() {
		return this.totalBudget;
	}

	/**
	 * Describes what the plan is: its kind and the business it is for (both optional).
	 */
	public void profile(PlanKind kind, String business) {
		this.planKind = kind;
		this.businessContext = (business == null || business.isBlank()) ? null : business.strip();
	}

	/**
	 * Says how the plan's source states money: whether it states the plan's currency at
	 * all ({@code false}: the currency is assumed, as for a source without amounts), and
	 * the currency of background figures stated in another currency ({@code null}: none).
	 * @throws BusinessRuleViolation on {@code contextCurrency} when it is not an ISO 4217
	 * code or is the plan's own currency
	 */
	public void currencyAsStated(boolean stated, String backgroundCurrency) {
		String code = (backgroundCurrency == null || backgroundCurrency.isBlank()) ? null : backgroundCurrency.strip();
		if (code != null) {
			try {
				code = Currency.getInstance(code).getCurrencyCode();
			}
			catch (IllegalArgumentException ex) {
				throw new BusinessRuleViolation("contextCurrency", "error.plan.currency-unknown",
						"'" + code + "' is not an ISO 4217 currency code", code);
			}
			if (code.equals(this.currency)) {
				throw new BusinessRuleViolation("contextCurrency", "error.plan.context-currency-same",
						"Background figures in another currency need a currency other than the plan's ({0})",
						this.currency);
			}
		}
		this.currencyStated = stated;
		this.contextCurrency = code;
	}

	public void recordTemplate(String code) {
		this.templateCode = code;
	}

	/**
	 * What this person may do with this plan.
	 */
	public PlanAccess accessFor(AppUser user) {
		return new PlanAccess(user.getRole(), membershipOf(user), this.visibility);
	}

	/** What this person may do with this plan now, in its current status. */
	public PlanActions actionsFor(AppUser user) {
		return new PlanActions(accessFor(user), this.status, sameUser(this.submittedBy, user));
	}

	/**
	 * The person's membership of this plan, or {@code null} when they are not a member.
	 */
	public MemberRole membershipOf(AppUser user) {
		if (sameUser(this.owner, user)) {
			return MemberRole.OWNER;
		}
		return findMember(user).map(PlanMember::getRole).orElse(null);
	}

	/**
	 * Hands the plan for review. The plan's content is frozen until it is approved,
	 * withdrawn or returned.
	 * @throws ActionNotPermittedException when {@code by} is not an author of the plan
	 */
	public void submitForReview(AppUser by) {
		requireEditor(by);
		moveTo(PlanStatus.IN_REVIEW);
		this.submittedBy = by;
		this.submittedAt = Instant.now();
	}

	/**
	 * Takes the plan back from review into draft (by one of its authors).
	 * @throws ActionNotPermittedException when {@code by} is not an author of the plan
	 */
	public void withdrawFromReview(AppUser by) {
		requireEditor(by);
		requireStatus(PlanStatus.IN_REVIEW, PlanStatus.DRAFT);
		moveTo(PlanStatus.DRAFT);
	}

	/**
	 * Approves the plan in review. Separation of duties: the approver is an approver or
	 * administrator, neither an author of the plan nor the person who submitted it.
	 * @throws ActionNotPermittedException when {@code by} may not approve this plan
	 */
	public void approve(AppUser by) {
		requireStatus(PlanStatus.IN_REVIEW, PlanStatus.APPROVED);
		requireReviewer(by);
		moveTo(PlanStatus.APPROVED);
		this.approvedBy = by;
		this.approvedAt = Instant.now();
	}

	/**
	 * Returns the plan in review to its authors, saying what must change.
	 * @throws ActionNotPermittedException when {@code by} may not review this plan
	 * @throws BusinessRuleViolation on {@code comment} when it is blank
	 */
	public void returnForChanges(AppUser by, String comment) {
		requireStatus(PlanStatus.IN_REVIEW, PlanStatus.DRAFT);
		requireReviewer(by);
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleViolation("comment", "error.review.comment-required",
					"Say what has to change when you return a plan");
		}
		moveTo(PlanStatus.DRAFT);
	}

	/** Puts the approved plan into execution (by one of its authors). */
	public void activate(AppUser by) {
		requireEditor(by);
		moveTo(PlanStatus.ACTIVE);
	}

	/**
	 * Starts the next revision of an approved or active plan: the plan becomes a draft
	 * again (its approved content stays in the baseline taken at approval) and has to be
	 * reviewed and approved again.
	 */
	public void startRevision(AppUser by) {
		requireEditor(by);
		if (this.status != PlanStatus.APPROVED && this.status != PlanStatus.ACTIVE) {
			throw transitionNotAllowed(PlanStatus.DRAFT);
		}
		moveTo(PlanStatus.DRAFT);
		this.revision++;
		this.submittedBy = null;
		this.submittedAt = null;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	/** Ends the execution of the active plan (owner or administrator). */
	public void close(AppUser by) {
		requireManager(by);
		moveTo(PlanStatus.CLOSED);
	}

	/** Puts the plan away for good (owner or administrator); it becomes read-only. */
	public void archive(AppUser by) {
		requireManager(by);
		moveTo(PlanStatus.ARCHIVED);
	}

	/**
	 * Refuses to delete a plan that is not a draft or that was ever approved (an approved
	 * plan is kept, with its baselines and audit trail; archive it instead).
	 */
	public void requireDeletable(AppUser by) {
		requireManager(by);
		if (this.status != PlanStatus.DRAFT || this.revision > 1) {
			throw new BusinessRuleViolation(null, "error.plan.delete-not-allowed",
					"Plan " + this.id + " is " + this.status + " or was approved before; archive it instead", this.id,
					this.status);
		}
	}

	/**
	 * Adds an editor or viewer.
	 * @throws BusinessRuleViolation on {@code username} or {@code role} when the person
	 * cannot take that membership
	 */
	public PlanMember addMember(AppUser user, MemberRole role) {
		requireGrantable(user, role);
		if (membershipOf(user) != null) {
			throw new BusinessRuleViolation("username", "error.member.duplicate",
					user.getUsername() + " is already a member of this plan", user.getUsername());
		}
		PlanMember member = new PlanMember(this, user, role);
		this.members.add(member);
		return member;
	}

	/** Gives a member another role (editor or viewer). */
	public PlanMember changeMemberRole(AppUser user, MemberRole role) {
		PlanMember member = requireMember(user);
		requireGrantable(user, role);
		member.changeRole(role);
		return member;
	}

	/**
	 * Removes a member (the owner is replaced by transferring ownership, not removed).
	 */
	public void removeMember(AppUser user) {
		this.members.remove(requireMember(user));
	}

	/**
	 * Hands the plan to another person with a planner account or higher; the previous
	 * owner stays an editor.
	 */
	public void transferOwnership(AppUser newOwner) {
		if (sameUser(this.owner, newOwner)) {
			return;
		}
		if (!newOwner.isEnabled() || !newOwner.getRole().includes(Role.PLANNER)) {
			throw new BusinessRuleViolation("username", "error.owner.planner-required",
					newOwner.getUsername() + " cannot own plans (a planner account or higher is needed)",
					newOwner.getUsername());
		}
		findMember(newOwner).ifPresent(this.members::remove);
		AppUser previous = this.owner;
		this.owner = newOwner;
		this.members.add(new PlanMember(this, previous, MemberRole.EDITOR));
	}

	/** Opens the plan to the organisation or restricts it to its members. */
	public void restrictTo(PlanVisibility newVisibility) {
		this.visibility = (newVisibility != null) ? newVisibility : PlanVisibility.ORGANISATION;
	}

	/**
	 * Refuses changes to the plan's content unless it is a draft.
	 * @throws BusinessRuleViolation when the plan is in review, approved, active, closed
	 * or archived
	 */
	public void requireEditable() {
		requireOpen();
		if (!this.status.allowsContentChanges()) {
			throw new BusinessRuleViolation(null, "error.plan.content-frozen",
					"Plan " + this.id + " is " + this.status
							+ "; its content changes only in a draft (start a new revision or withdraw it from review)",
					this.id, this.status);
		}
	}

	/**
	 * Refuses execution records (measurements, spend, status changes of milestones, risks
	 * and campaigns) once the plan is closed or archived.
	 */
	public void requireOpen() {
		if (!this.status.isOpen()) {
			throw new BusinessRuleViolation(null, "error.plan.read-only",
					"Plan " + this.id + " is " + this.status + " and can no longer be edited", this.id, this.status);
		}
	}

	/**
	 * Refuses a person who may not edit this plan.
	 * @throws ActionNotPermittedException when {@code by} is not an author (or admin)
	 */
	public void requireEditor(AppUser by) {
		if (!accessFor(by).canEdit()) {
			throw new ActionNotPermittedException("error.plan.edit-not-permitted",
					by.getUsername() + " is not the owner or an editor of plan " + this.id, this.id);
		}
	}

	/**
	 * Refuses a person who may not manage this plan.
	 * @throws ActionNotPermittedException unless {@code by} is the owner or an admin
	 */
	public void requireManager(AppUser by) {
		if (!accessFor(by).canManage()) {
			throw new ActionNotPermittedException("error.plan.manage-not-permitted",
					"Only the owner of plan " + this.id + " or an administrator may do this", this.id);
		}
	}

	private void requireReviewer(AppUser by) {
		PlanAccess access = accessFor(by);
		if (!by.getRole().includes(Role.APPROVER)) {
			throw new ActionNotPermittedException("error.plan.approver-required",
					"Only approvers and administrators review plans");
		}
		if (!access.canReview() || sameUser(this.submittedBy, by)) {
			throw new ActionNotPermittedException("error.plan.own-review",
					by.getUsername() + " wrote or submitted plan " + this.id + "; another approver must review it",
					this.id);
		}
	}

	private void requireStatus(PlanStatus required, PlanStatus target) {
		if (this.status != required) {
			throw transitionNotAllowed(target);
		}
	}

	private void moveTo(PlanStatus target) {
		if (!this.status.canChangeTo(target)) {
			throw transitionNotAllowed(target);
		}
		this.status = target;
	}

	private BusinessRuleViolation transitionNotAllowed(PlanStatus target) {
		return new BusinessRuleViolation("status", "error.plan.transition-not-allowed",
				"A plan cannot go from " + this.status + " to " + target + " (allowed: " + this.status.next() + ")",
				this.status, target, this.status.next());
	}

	private void requireGrantable(AppUser user, MemberRole role) {
		if (role == null || role == MemberRole.OWNER) {
			throw new BusinessRuleViolation("role", "error.member.role-invalid",
					"A member is an EDITOR or a VIEWER (ownership is transferred)");
		}
		if (sameUser(this.owner, user)) {
			throw new BusinessRuleViolation("username", "error.member.is-owner", user.getUsername() + " owns this plan",
					user.getUsername());
		}
		if (!user.isEnabled()) {
			throw new BusinessRuleViolation("username", "error.member.disabled",
					user.getUsername() + "'s account is disabled", user.getUsername());
		}
		if (role == MemberRole.EDITOR && !user.getRole().includes(Role.PLANNER)) {
			throw new BusinessRuleViolation("role", "error.member.viewer-account",
					user.getUsername() + " has a viewer account and can only be a viewer of plans", user.getUsername());
		}
	}

	private PlanMember requireMember(AppUser user) {
		return findMember(user).orElseThrow(() -> new ResourceNotFoundException("Member", user.getUsername()));
	}

	private Optional<PlanMember> findMember(AppUser user) {
		return this.members.stream().filter((member) -> member.isUser(user)).findFirst();
	}

	static boolean sameUser(AppUser one, AppUser other) {
		if (one == null || other == null) {
			return false;
		}
		return one == other || (one.getId() != null && one.getId().equals(other.getId()));
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

	public PlanKind getPlanKind() {
		return this.planKind;
	}

	public String getBusinessContext() {
		return this.businessContext;
	}

	public boolean isCurrencyStated() {
		return this.currencyStated;
	}

	public String getContextCurrency() {
		return this.contextCurrency;
	}

	public BigDecimal getTotalBudget() {
		return Money.amountOrNull(this.totalBudget);
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

	public PlanVisibility getVisibility() {
		return this.visibility;
	}

	/** The editors and viewers (not the owner), in the order they were added. */
	public List<PlanMember> getMembers() {
		return List.copyOf(this.members);
	}

	/** The revision number: 1 until the first approved plan is revised. */
	public int getRevision() {
		return this.revision;
	}

	public AppUser getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public AppUser getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
