package com.marketingplanner.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanActions;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

/**
 * A campaign of a plan: a dated push on some channels, funded by a budget line and
 * serving some KPIs. Budget line and KPIs are other features' entities and are kept as
 * ids (checked against the plan by {@link CampaignService}). Its status changes only
 * through intention methods ({@link CampaignStatus}); a high-risk campaign needs the
 * approval of a reviewer who is not an author of the plan before it is launched.
 */
@Entity
@Table(name = "campaign")
public class Campaign implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "budget_line_id")
	private Long budgetLineId;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"),
			inverseJoinColumns = @JoinColumn(name = "channel_id"))
	private Set<Channel> channels = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_kpi", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "kpi_id")
	private Set<Long> kpiIds = new LinkedHashSet<>();

	@Column(name = "high_risk", nullable = false)
	private boolean highRisk;

	@Column(name = "risk_note")
	private String riskNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CampaignStatus status = CampaignStatus.PLANNED;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "submitted_by")
	private AppUser submittedBy;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "approved_by")
	private AppUser approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Version
	private long version;

	protected Campaign() {
	}

	public Campaign(Plan plan, String name, LocalDate startDate, LocalDate endDate) {
		this.plan = plan;
		describe(name, null);
		schedule(startDate, endDate);
	}

	/**
	 * Checks a campaign's name without changing anything.
	 * @throws BusinessRuleViolation on {@code name} when it is blank
	 */
	public static void requireValidName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "error.campaign.name-required", "A campaign needs a name");
		}
	}

	/**
	 * Checks a campaign's dates without changing anything.
	 * @throws BusinessRuleViolation on the field at fault
	 */
	public static void requireValidDates(LocalDate startDate, LocalDate endDate) {
		if (startDate == null) {
			throw new BusinessRuleViolation("startDate", "error.campaign.start-required",
					"A campaign needs a start date");
		}
		if (endDate == null) {
			throw new BusinessRuleViolation("endDate", "error.campaign.end-required", "A campaign needs an end date");
		}
		if (endDate.isBefore(startDate)) {
			throw new BusinessRuleViolation("endDate", "error.campaign.end-before-start",
					"The campaign ends on " + endDate + ", before it starts on " + startDate, startDate, endDate);
		}
	}

	public void describe(String newName, String newDescription) {
		requireValidName(newName);
		this.name = newName.strip();
		this.description = newDescription;
	}

	public void schedule(LocalDate newStart, LocalDate newEnd) {
		requireValidDates(newStart, newEnd);
		this.startDate = newStart;
		this.endDate = newEnd;
	}

	/** Replaces the channels the campaign runs on. */
	public void runOn(Set<Channel> newChannels) {
		this.channels.clear();
		if (newChannels != null) {
			this.channels.addAll(newChannels);
		}
	}

	/** Sets or removes ({@code null}) the budget line that pays for the campaign. */
	public void fundFrom(Long newBudgetLineId) {
		this.budgetLineId = newBudgetLineId;
	}

	/** Replaces the KPIs the campaign serves. */
	public void serve(Set<Long> newKpiIds) {
		this.kpiIds.clear();
		if (newKpiIds != null) {
			this.kpiIds.addAll(newKpiIds);
		}
	}

	/**
	 * Marks the campaign as high-risk (it then needs compliance approval before it is
	 * launched) or not, with what the review must look at.
	 * @throws BusinessRuleViolation on {@code highRisk} unless the campaign is still
	 * planned
	 */
	public void assessRisk(boolean newHighRisk, String newRiskNote) {
		String note = (newRiskNote == null || newRiskNote.isBlank()) ? null : newRiskNote.strip();
		if (newHighRisk != this.highRisk && this.status != CampaignStatus.PLANNED) {
			throw new BusinessRuleViolation("highRisk", "error.campaign.risk-fixed",
					"Whether a campaign is high-risk is decided while it is planned (it is " + this.status + ")",
					this.status);
		}
		this.highRisk = newHighRisk;
		this.riskNote = newHighRisk ? note : null;
	}

	/**
	 * Refuses changes of content once the campaign is in review, approved (reopen it
	 * first), completed or cancelled, or when it is a high-risk campaign that runs as
	 * approved.
	 * @throws BusinessRuleViolation when the campaign's content is fixed
	 */
	public void requireChangeable() {
		boolean changeable = this.status == CampaignStatus.PLANNED
				|| (this.status == CampaignStatus.ACTIVE && !this.highRisk);
		if (!changeable) {
			throw new BusinessRuleViolation(null, "error.campaign.content-fixed", "Campaign '" + this.name + "' is "
					+ this.status + (this.highRisk ? " (high-risk)" : "") + " and cannot be changed", this.name,
					this.status);
		}
	}

	/** Hands the campaign for compliance review (an author of the plan). */
	public void submitForReview(AppUser by) {
		this.plan.requireEditor(by);
		moveTo(CampaignStatus.IN_REVIEW);
		this.submittedBy = by;
	}

	/** Takes the campaign back from review (an author of the plan). */
	public void withdrawFromReview(AppUser by) {
		this.plan.requireEditor(by);
		requireStatus(CampaignStatus.IN_REVIEW, CampaignStatus.PLANNED);
		moveTo(CampaignStatus.PLANNED);
	}

	/**
	 * Approves the campaign in review: an approver or administrator who is neither an
	 * author of the plan nor the person who submitted it.
	 */
	public void approve(AppUser by) {
		requireStatus(CampaignStatus.IN_REVIEW, CampaignStatus.APPROVED);
		requireReviewer(by);
		moveTo(CampaignStatus.APPROVED);
		this.approvedBy = by;
		this.approvedAt = Instant.now();
	}

	/** Returns the campaign in review to the plan's authors, saying what must change. */
	public void returnForChanges(AppUser by, String comment) {
		requireStatus(CampaignStatus.IN_REVIEW, CampaignStatus.PLANNED);
		requireReviewer(by);
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleViolation("comment", "error.review.comment-required",
					"Say what has to change when you return a campaign");
		}
		moveTo(CampaignStatus.PLANNED);
	}

	/** Reopens an approved campaign for changes; its approval lapses. */
	public void reopen(AppUser by) {
		this.plan.requireEditor(by);
		requireStatus(CampaignStatus.APPROVED, CampaignStatus.PLANNED);
		moveTo(CampaignStatus.PLANNED);
		this.approvedBy = null;
		this.approvedAt = null;
	}

	/**
	 * Launches the campaign. The plan must be active, and a high-risk campaign approved.
	 */
	public void launch(AppUser by) {
		this.plan.requireEditor(by);
		if (this.plan.getStatus() != PlanStatus.ACTIVE) {
			throw new BusinessRuleViolation("status", "error.campaign.plan-not-active",
					"A campaign is launched once its plan is active (the plan is " + this.plan.getStatus() + ")",
					this.plan.getStatus());
		}
		if (this.highRisk && this.status != CampaignStatus.APPROVED) {
			throw new BusinessRuleViolation("status", "error.campaign.approval-required",
					"Campaign '" + this.name + "' is high-risk and needs compliance approval before it is launched",
					this.name);
		}
		moveTo(CampaignStatus.ACTIVE);
	}

	public void complete(AppUser by) {
		this.plan.requireEditor(by);
		moveTo(CampaignStatus.COMPLETED);
	}

	public void cancel(AppUser by) {
		this.plan.requireEditor(by);
		moveTo(CampaignStatus.CANCELLED);
	}

	/**
	 * The statuses a person may move the campaign to now, given what they may do with its
	 * plan: authors submit, withdraw, reopen, launch (once the plan is active; a
	 * high-risk campaign once approved), complete and cancel; reviewers approve and
	 * return. The intention methods enforce the same rules.
	 */
	public Set<CampaignStatus> movesFor(PlanActions actions) {
		Set<CampaignStatus> moves = EnumSet.noneOf(CampaignStatus.class);
		boolean author = actions.canTrack();
		boolean reviewer = actions.access().canReview() && actions.status().isOpen();
		boolean planActive = actions.status() == PlanStatus.ACTIVE;
		switch (this.status) {
			case PLANNED -> {
				addIf(moves, author, CampaignStatus.IN_REVIEW, CampaignStatus.CANCELLED);
				addIf(moves, author && planActive && !this.highRisk, CampaignStatus.ACTIVE);
			}
			case IN_REVIEW -> {
				addIf(moves, reviewer, CampaignStatus.APPROVED, CampaignStatus.PLANNED);
				addIf(moves, author, CampaignStatus.PLANNED, CampaignStatus.CANCELLED);
			}
			case APPROVED -> {
				addIf(moves, author, CampaignStatus.PLANNED, CampaignStatus.CANCELLED);
				addIf(moves, author && planActive, CampaignStatus.ACTIVE);
			}
			case ACTIVE -> addIf(moves, author, CampaignStatus.COMPLETED, CampaignStatus.CANCELLED);
			case COMPLETED, CANCELLED -> {
			}
		}
		return moves;
	}

	private static void addIf(Set<CampaignStatus> moves, boolean allowed, CampaignStatus... statuses) {
		if (allowed) {
			moves.addAll(List.of(statuses));
		}
	}

	private void requireReviewer(AppUser by) {
		if (!by.getRole().includes(Role.APPROVER)) {
			throw new ActionNotPermittedException("error.campaign.approver-required",
					"Only approvers and administrators review campaigns");
		}
		boolean submitter = this.submittedBy != null && this.submittedBy.getId() != null
				&& this.submittedBy.getId().equals(by.getId());
		if (!this.plan.accessFor(by).canReview() || submitter) {
			throw new ActionNotPermittedException("error.campaign.own-review",
					by.getUsername()
							+ " is an author of this plan or submitted the campaign; another approver must review it",
					this.name);
		}
	}

	private void requireStatus(CampaignStatus required, CampaignStatus target) {
		if (this.status != required) {
			throw transitionNotAllowed(target);
		}
	}

	private void moveTo(CampaignStatus target) {
		if (!this.status.canChangeTo(target)) {
			throw transitionNotAllowed(target);
		}
		this.status = target;
	}

	private BusinessRuleViolation transitionNotAllowed(CampaignStatus target) {
		return new BusinessRuleViolation("status", "error.campaign.transition-not-allowed",
				"A campaign cannot go from " + this.status + " to " + target + " (allowed: " + this.status.next() + ")",
				this.status, target, this.status.next());
	}

	public DateRange period() {
		return new DateRange(this.startDate, this.endDate);
	}

	/** Whether the campaign runs on that day (start and end included). */
	public boolean isActiveOn(LocalDate day) {
		return period().contains(day);
	}

	/** Whether the campaign runs on the channel with this code. */
	public boolean runsOn(String channelCode) {
		return this.channels.stream().anyMatch((channel) -> channel.getCode().equals(channelCode));
	}

	/** Whether the campaign lies wholly inside {@code range}. */
	public boolean liesWithin(DateRange range) {
		return range.contains(this.startDate) && range.contains(this.endDate);
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

	public String getDescription() {
		return this.description;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Long getBudgetLineId() {
		return this.budgetLineId;
	}

	public Set<Channel> getChannels() {
		return Collections.unmodifiableSet(this.channels);
	}

	/** The channel codes in alphabetical order. */
	public List<String> getChannelCodes() {
		return this.channels.stream().map(Channel::getCode).sorted(Comparator.naturalOrder()).toList();
	}

	public Set<Long> getKpiIds() {
		return Collections.unmodifiableSet(this.kpiIds);
	}

	public boolean isHighRisk() {
		return this.highRisk;
	}

	public String getRiskNote() {
		return this.riskNote;
	}

	public CampaignStatus getStatus() {
		return this.status;
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
