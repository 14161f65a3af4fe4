package com.marketingplanner.domain.offer;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A plan's promotions and tactics through the service, and the seed plans' offers as
 * their templates state them.
 */
@DomainJpaTest
@Import(DomainServices.class)
class OfferServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	OfferService offers;

	@Autowired
	CampaignService campaigns;

	@Autowired
	OrganisationService organisation;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan002HoldsItsPromotionsMechanicsAsFields() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		List<Promotion> promotions = this.offers.promotions(planId);
		Promotion threshold = named(promotions, "满200减30");
		assertThat(threshold.getKind()).isEqualTo(PromotionKind.THRESHOLD_DISCOUNT);
		assertThat(threshold.getThreshold()).isEqualByComparingTo("200");
		assertThat(threshold.getDiscountAmount()).isEqualByComparingTo("30");
		assertThat(this.organisation.partner(planId, threshold.getPartnerId()).getName()).isEqualTo("支付平台");
		assertThat(named(promotions, "首单减20元")).extracting(Promotion::getKind, Promotion::getThreshold)
			.containsExactly(PromotionKind.FIRST_ORDER_DISCOUNT, null);
		assertThat(named(promotions, "首单减20元").getDiscountAmount()).isEqualByComparingTo("20");
		assertThat(named(promotions, "每日10点秒杀爆款"))
			.extracting(Promotion::getKind, Promotion::getRecurrence, Promotion::getTimeOfDay)
			.containsExactly(PromotionKind.FLASH_SALE, Frequency.DAILY, LocalTime.of(10, 0));
		assertThat(named(promotions, "7天无理由退货")).extracting(Promotion::getKind, Promotion::getWindowDays)
			.containsExactly(PromotionKind.RETURN_POLICY, 7);
		assertThat(named(promotions, "旧包装回收券").getDiscountAmount()).isEqualByComparingTo("0.2");
		assertThat(named(promotions, "旧包装回收券").getKind()).isEqualTo(PromotionKind.TAKE_BACK_COUPON);
	}

	@Test
	void plan002HoldsItsTacticSpecificationsWithCountsAndTimedSteps() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		List<Tactic> tactics = this.offers.tactics(planId);
		assertThat(tactic(tactics, "5秒决策区").getComponents())
			.extracting(TacticComponent::getComponent, TacticComponent::getQuantity)
			.containsExactly(tuple("短视频", 3), tuple("主图", 1));
		Tactic notes = tactic(tactics, "场景化种草笔记");
		assertThat(notes.getAppliesTo()).isEqualTo("每篇笔记");
		assertThat(notes.getComponents()).extracting(TacticComponent::getQuantity).containsExactly(3, 2);
		assertThat(this.campaigns.get(planId, notes.getCampaignId()).getName()).isEqualTo("Q1 抖音本地生活与小红书种草");
		assertThat(notes.getChannelCode()).isEqualTo("xiaohongshu");
		assertThat(tactic(tactics, "私域自动化营销流程").getSteps()).extracting(TacticStep::getDay, TacticStep::getAction)
			.containsExactly(tuple(0, "新人入群"), tuple(7, "互动"), tuple(14, "发放优惠券"));
		assertThat(this.offers.tacticsOf(planId, notes.getCampaignId())).extracting(Tactic::getName)
			.contains("场景化种草笔记", "探店达人直播节奏");
	}

	@Test
	void plans003And004HoldTheirThresholdDiscounts() {
		long plan003 = this.templates.create("seed-003", this.owner, null, null);
		long plan004 = this.templates.create("seed-004", this.owner, null, null);

		Promotion promotion = named(this.offers.promotions(plan003), "满300减50");
		assertThat(promotion.getThreshold()).isEqualByComparingTo("300");
		assertThat(promotion.getDiscountAmount()).isEqualByComparingTo("50");
		assertThat(this.offers.promotions(plan004)).extracting(Promotion::getName).containsExactly("满减策略");
		assertThat(this.offers.tactics(plan004)).singleElement()
			.satisfies((tactic) -> assertThat(tactic.getSteps()).hasSize(3));
	}

	@Test
	void aPromotionOnAnotherPlansCampaignOrPartnerIsRefusedAndNothingIsWritten() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long otherId = this.templates.create("seed-002", this.owner, null, null);
		long foreignCampaign = this.campaigns.inEntryOrder(otherId).get(0).getId();
		long foreignPartner = this.organisation.partners(otherId).get(0).getId();
		int before = this.offers.promotions(planId).size();

		assertThatThrownBy(() -> this.offers.addPromotion(planId, command("满100减10", foreignCampaign, null, null)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "campaignId");
		assertThatThrownBy(() -> this.offers.addPromotion(planId, command("满100减10", null, foreignPartner, null)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "partnerId");
		assertThatThrownBy(() -> this.offers.addPromotion(planId, command("满100减10", null, null, "no-such")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "channelCode");
		assertThat(this.offers.promotions(planId)).hasSize(before);
	}

	@Test
	void aPromotionIsEditedWithTheVersionReadAndMovesToItsPosition() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		Promotion added = this.offers.addPromotion(planId, command("满100减10", null, null, "tmall"));
		PromotionCommand first = new PromotionCommand(PromotionKind.THRESHOLD_DISCOUNT, "满100减15",
				new BigDecimal("100"), new BigDecimal("15"), null, null, null, null, null, "tmall", null, null, 0,
				added.getVersion());

		Promotion edited = this.offers.updatePromotion(planId, added.getId(), first);

		assertThat(edited.getDiscountAmount()).isEqualByComparingTo("15");
		assertThat(this.offers.promotions(planId).get(0).getName()).isEqualTo("满100减15");
		assertThatThrownBy(() -> this.offers.updatePromotion(planId, added.getId(), first))
			.isInstanceOf(StaleVersionException.class);
		this.offers.deletePromotion(planId, edited.getId(), edited.getVersion());
		assertThat(this.offers.promotions(planId)).extracting(Promotion::getPosition).containsExactly(0);
	}

	@Test
	void aTacticFormsEmptyRowsAreLeftOutAndItsRulesAnswerOnTheField() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		TacticCommand form = new TacticCommand("5秒决策区", "店铺首页", null, "tmall",
				List.of(new TacticCommand.Component("短视频", 3), new TacticCommand.Component(null, null),
						new TacticCommand.Component("主图", 1)),
				List.of(new TacticCommand.Step(null, null)), null, null, null);

		Tactic tactic = this.offers.addTactic(planId, form);

		assertThat(tactic.getComponents()).extracting(TacticComponent::getComponent).containsExactly("短视频", "主图");
		assertThat(tactic.getSteps()).isEmpty();
		TacticCommand backwards = new TacticCommand("私域", null, null, null, List.of(),
				List.of(new TacticCommand.Step(14, "发券"), new TacticCommand.Step(7, "互动")), null, null,
				tactic.getVersion());
		assertThatThrownBy(() -> this.offers.updateTactic(planId, tactic.getId(), backwards))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "steps[1].day");
	}

	private static PromotionCommand command(String name, Long campaignId, Long partnerId, String channel) {
		return new PromotionCommand(PromotionKind.THRESHOLD_DISCOUNT, name, new BigDecimal("100"), new BigDecimal("10"),
				null, null, null, null, campaignId, channel, partnerId, null, null, null);
	}

	private static Promotion named(List<Promotion> promotions, String name) {
		return promotions.stream().filter((p) -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Tactic tactic(List<Tactic> tactics, String name) {
		return tactics.stream().filter((t) -> t.getName().equals(name)).findFirst().orElseThrow();
	}

}
