package com.marketingplanner.domain.offer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

import com.marketingplanner.domain.campaign.CampaignRepository;
import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.organisation.PartnerRepository;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's offers: its promotions and its tactic specifications, each list in its own
 * order. One transaction per action; everything is checked before anything is written
 * (closed plans are read-only). The campaign, channel and partner an offer names must be
 * of the same plan (the channel: of the catalog).
 */
@Service
@Transactional(readOnly = true)
public class OfferService {

	private final PlanService plans;

	private final PromotionRepository promotions;

	private final TacticRepository tactics;

	private final CampaignRepository campaigns;

	private final PartnerRepository partners;

	private final ChannelService channels;

	public OfferService(PlanService plans, PromotionRepository promotions, TacticRepository tactics,
			CampaignRepository campaigns, PartnerRepository partners, ChannelService channels) {
		this.plans = plans;
		this.promotions = promotions;
		this.tactics = tactics;
		this.campaigns = campaigns;
		this.partners = partners;
		this.channels = channels;
	}

	// --- promotions ------------------------------------------------------------------

	public List<Promotion> promotions(long planId) {
		this.plans.get(planId);
		return this.promotions.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Promotion promotion(long planId, long promotionId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.promotions.findById(promotionId), "Promotion", promotionId);
	}

	/** The promotions on one campaign of the plan, in the plan's order. */
	public List<Promotion> promotionsOf(long planId, long campaignId) {
		return promotions(planId).stream().filter((p) -> Long.valueOf(campaignId).equals(p.getCampaignId())).toList();
	}

	@Transactional
	public Promotion addPromotion(long planId, PromotionCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Promotion> all = new ArrayList<>(this.promotions.findByPlanIdOrderByPositionAscIdAsc(planId));
		Promotion promotion = new Promotion(plan, all.size(), command.kind(), command.name());
		apply(planId, promotion, command);
		place(all, promotion, command.position(), Promotion::placeAt);
		return this.promotions.save(promotion);
	}

	@Transactional
	public Promotion updatePromotion(long planId, long promotionId, PromotionCommand command) {
		this.plans.getEditable(planId);
		Promotion promotion = promotion(planId, promotionId);
		promotion.requireVersion(command.version());
		apply(planId, promotion, command);
		if (command.position() != null && command.position() != promotion.getPosition()) {
			List<Promotion> all = new ArrayList<>(this.promotions.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(promotion);
			place(all, promotion, command.position(), Promotion::placeAt);
		}
		return this.promotions.saveAndFlush(promotion);
	}

	@Transactional
	public void deletePromotion(long planId, long promotionId, long version) {
		this.plans.getEditable(planId);
		Promotion promotion = promotion(planId, promotionId);
		promotion.requireVersion(version);
		this.promotions.delete(promotion);
		this.promotions.flush();
		OrderedTree.renumber(this.promotions.findByPlanIdOrderByPositionAscIdAsc(planId), Promotion::placeAt);
	}

	private void apply(long planId, Promotion promotion, PromotionCommand command) {
		Long campaignId = requireCampaign(planId, command.campaignId());
		Channel channel = channel(command.channelCode());
		if (command.partnerId() != null && this.partners.findById(command.partnerId())
			.filter((found) -> found.getPlan().getId().equals(planId))
			.isEmpty()) {
			throw new BusinessRuleViolation("partnerId", "error.offer.partner-unknown",
					"No such partner or vendor in this plan: {0}", command.partnerId());
		}
		promotion.classify(command.kind());
		promotion.rename(command.name());
		promotion.price(command.threshold(), command.discountAmount(), command.discountPercent());
		promotion.schedule(command.recurrence(), command.timeOfDay(), command.windowDays());
		promotion.describe(command.note());
		promotion.placeOn(campaignId, channel, command.partnerId());
	}

	// --- tactics ----------------------------------------------------------------------

	public List<Tactic> tactics(long planId) {
		this.plans.get(planId);
		return this.tactics.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Tactic tactic(long planId, long tacticId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.tactics.findById(tacticId), "Tactic", tacticId);
	}

	/** The tactics on one campaign of the plan, in the plan's order. */
	public List<Tactic> tacticsOf(long planId, long campaignId) {
		return tactics(planId).stream().filter((t) -> Long.valueOf(campaignId).equals(t.getCampaignId())).toList();
	}

	@Transactional
	public Tactic addTactic(long planId, TacticCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Tactic> all = new ArrayList<>(this.tactics.findByPlanIdOrderByPositionAscIdAsc(planId));
		Tactic tactic = new Tactic(plan, all.size(), command.name());
		apply(planId, tactic, command);
		place(all, tactic, command.position(), Tactic::placeAt);
		return this.tactics.save(tactic);
	}

	@Transactional
	public Tactic updateTactic(long planId, long tacticId, TacticCommand command) {
		this.plans.getEditable(planId);
		Tactic tactic = tactic(planId, tacticId);
		tactic.requireVersion(command.version());
		apply(planId, tactic, command);
		if (command.position() != null && command.position() != tactic.getPosition()) {
			List<Tactic> all = new ArrayList<>(this.tactics.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(tactic);
			place(all, tactic, command.position(), Tactic::placeAt);
		}
		return this.tactics.saveAndFlush(tactic);
	}

	@Transactional
	public void deleteTactic(long planId, long tacticId, long version) {
		this.plans.getEditable(planId);
		Tactic tactic = tactic(planId, tacticId);
		tactic.requireVersion(version);
		this.tactics.delete(tactic);
		this.tactics.flush();
		OrderedTree.renumber(this.tactics.findByPlanIdOrderByPositionAscIdAsc(planId), Tactic::placeAt);
	}

	private void apply(long planId, Tactic tactic, TacticCommand command) {
		Long campaignId = requireCampaign(planId, command.campaignId());
		Channel channel = channel(command.channelCode());
		TacticCommand rows = command.filled();
		tactic.describe(rows.name(), rows.appliesTo(), rows.note());
		tactic.specify(rows.components().stream().map(TacticCommand.Component::component).toList(),
				rows.components().stream().map(TacticCommand.Component::quantity).toList(),
				rows.steps().stream().map(TacticCommand.Step::day).toList(),
				rows.steps().stream().map(TacticCommand.Step::action).toList());
		tactic.placeOn(campaignId, channel);
	}

	/**
	 * The names of the promotions and tactics on each campaign of the plan (promotions
	 * first, each list in its order), by campaign id; campaigns without offers are
	 * absent.
	 */
	public Map<Long, List<String>> namesByCampaign(long planId) {
		Map<Long, List<String>> names = new HashMap<>();
		promotions(planId).stream()
			.filter((p) -> p.getCampaignId() != null)
			.forEach((p) -> names.computeIfAbsent(p.getCampaignId(), (id) -> new ArrayList<>()).add(p.getName()));
		tactics(planId).stream()
			.filter((t) -> t.getCampaignId() != null)
			.forEach((t) -> names.computeIfAbsent(t.getCampaignId(), (id) -> new ArrayList<>()).add(t.getName()));
		return names;
	}

	// --- shared -----------------------------------------------------------------------

	private Long requireCampaign(long planId, Long campaignId) {
		if (campaignId != null && this.campaigns.findById(campaignId)
			.filter((found) -> found.getPlan().getId().equals(planId))
			.isEmpty()) {
			throw new BusinessRuleViolation("campaignId", "error.offer.campaign-unknown",
					"No such campaign in this plan: {0}", campaignId);
		}
		return campaignId;
	}

	private Channel channel(String code) {
		return (code != null && !code.isBlank()) ? this.channels.byCode(code.strip(), "channelCode") : null;
	}

	private static <T> void place(List<T> others, T item, Integer position, ObjIntConsumer<T> placeAt) {
		others.add(OrderedTree.clamp(position, others.size()), item);
		OrderedTree.renumber(others, placeAt);
	}

}
