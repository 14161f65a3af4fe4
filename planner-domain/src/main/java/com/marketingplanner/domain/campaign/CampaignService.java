package com.marketingplanner.domain.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.domain.comment.ReviewCommented;
import com.marketingplanner.domain.comment.ReviewDecision;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns of a plan, by start date. Channels must exist in the catalog; the budget
 * line and the KPIs must belong to the plan. One transaction per user action; everything
 * is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

	private static final Sort DATE_ORDER = Sort.by("startDate", "name", "id");

	private final PlanService plans;

	private final CampaignRepository campaigns;

	private final ChannelService channels;

	private final PlanReferences references;

	private final ApplicationEventPublisher events;

	private final AppUserRepository users;

	public CampaignService(PlanService plans, CampaignRepository campaigns, ChannelService channels,
			PlanReferences references, ApplicationEventPublisher events, AppUserRepository users) {
		this.plans = plans;
		this.campaigns = campaigns;
		this.channels = channels;
		this.references = references;
		this.events = events;
		this.users = users;
	}

	/**
	 * A page of the plan's campaigns by start date (the pageable's sort is ignored).
	 * @throws BusinessRuleViolation on {@code channel} when the filter names an unknown
	 * channel
	 */
	public Page<Campaign> list(long planId, CampaignFilter filter, Pageable pageable) {
		this.plans.get(planId);
		if (filter.channel() != null && !filter.channel().isBlank()) {
			this.channels.byCode(filter.channel().strip(), "channel");
		}
		Pageable ordered = pageable.isPaged()
				? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DATE_ORDER)
				: Pageable.unpaged(DATE_ORDER);
		return this.campaigns.findAll(filter.toSpecification(planId), ordered);
	}

	/**
	 * All campaigns of the plan in the order they were added (the order of its document).
	 */
	public List<Campaign> inEntryOrder(long planId) {
		this.plans.get(planId);
		return this.campaigns.findByPlanIdOrderByIdAsc(planId);
	}

	/** All campaigns of the plan by start date. */
	public List<Campaign> all(long planId) {
		return list(planId, CampaignFilter.none(), Pageable.unpaged()).getContent();
	}

	/** The campaign, provided it belongs to the plan (404 otherwise). */
	public Campaign get(long planId, long campaignId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.campaigns.findById(campaignId), "Campaign", campaignId);
	}

	@Transactional
	public Campaign add(long planId, CampaignCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Checked checked = check(planId, command);
		Campaign campaign = new Campaign(plan, command.name(), command.startDate(), command.endDate());
		apply(campaign, command, checked);
		return this.campaigns.save(campaign);
	}

	@Transactional
	public Campaign update(long planId, long campaignId, CampaignCommand command) {
		this.plans.getEditable(planId);
		Campaign campaign = get(planId, campaignId);
		campaign.requireVersion(command.version());
		campaign.requireChangeable();
		Checked checked = check(planId, command);
		apply(campaign, command, checked);
		return this.campaigns.saveAndFlush(campaign);
	}

	@Transactional
	public void delete(long planId, long campaignId, long version) {
		this.plans.getEditable(planId);
		Campaign campaign = get(planId, campaignId);
		campaign.requireVersion(version);
		campaign.requireChangeable();
		this.campaigns.delete(campaign);
	}

	/**
	 * The intention a status change stands for, taken by {@code actor} (see
	 * {@link CampaignStatusCommand}); a campaign's status is an execution record, so it
	 * changes while the plan is open, also when the plan is approved or active.
	 */
	@Transactional
	public Campaign changeStatus(long planId, long campaignId, CampaignStatusCommand command, String actorUsername) {
		this.plans.getOpen(planId);
		AppUser actor = this.users.requireByUsername(actorUsername);
		Campaign campaign = get(planId, campaignId);
		campaign.requireVersion(command.version());
		switch (command.status()) {
			case IN_REVIEW -> campaign.submitForReview(actor);
			case APPROVED -> {
				campaign.approve(actor);
				this.events.publishEvent(new ReviewCommented(campaign.getPlan(), CommentTarget.CAMPAIGN, campaignId,
						actor, command.comment(), ReviewDecision.APPROVED));
			}
			case PLANNED -> toPlanned(campaign, actor, command.comment());
			case ACTIVE -> campaign.launch(actor);
			case COMPLETED -> campaign.complete(actor);
			case CANCELLED -> campaign.cancel(actor);
		}
		return this.campaigns.saveAndFlush(campaign);
	}

	private void toPlanned(Campaign campaign, AppUser actor, String comment) {
		if (campaign.getStatus() == CampaignStatus.IN_REVIEW) {
			if (campaign.getPlan().accessFor(actor).decidesAsReviewer()) {
				campaign.returnForChanges(actor, comment);
				this.events.publishEvent(new ReviewCommented(campaign.getPlan(), CommentTarget.CAMPAIGN,
						campaign.getId(), actor, comment, ReviewDecision.RETURNED));
			}
			else {
				campaign.withdrawFromReview(actor);
			}
		}
		else {
			campaign.reopen(actor);
		}
	}

	private Checked check(long planId, CampaignCommand command) {
		Campaign.requireValidName(command.name());
		Campaign.requireValidDates(command.startDate(), command.endDate());
		Set<Channel> resolved = new LinkedHashSet<>();
		if (command.channels() != null) {
			for (String code : command.channels()) {
				if (code != null && !code.isBlank()) {
					resolved.add(this.channels.byCode(code.strip(), "channels"));
				}
			}
		}
		this.references.requireBudgetLine(planId, command.budgetLineId(), "budgetLineId");
		Set<Long> kpiIds = (command.kpiIds() != null) ? command.kpiIds()
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new)) : Set.of();
		for (Long kpiId : kpiIds) {
			this.references.requireKpi(planId, kpiId, "kpiIds");
		}
		return new Checked(resolved, kpiIds);
	}

	private static void apply(Campaign campaign, CampaignCommand command, Checked checked) {
		campaign.describe(command.name(), command.description());
		campaign.schedule(command.startDate(), command.endDate());
		campaign.runOn(checked.channels());
		campaign.fundFrom(command.budgetLineId());
		campaign.serve(checked.kpiIds());
		if (command.highRisk() != null) {
			campaign.assessRisk(command.highRisk(), command.riskNote());
		}
	}

	private record Checked(Set<Channel> channels, Set<Long> kpiIds) {
	}

}
