package com.marketingplanner.web.offer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.offer.OfferService;
import com.marketingplanner.domain.offer.PromotionCommand;
import com.marketingplanner.domain.offer.PromotionKind;
import com.marketingplanner.domain.offer.TacticCommand;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's promotions and tactics page: the promotions with their mechanics (满减,
 * schedule, window) and where they run, and the tactic specifications with their
 * components and timed steps. Forms open in dialogs; editing needs edit rights on the
 * plan.
 */
@Controller
@RequestMapping("/plans/{planId}/offers")
class OfferPageController {

	private final PlanService plans;

	private final OfferService offers;

	private final CampaignService campaigns;

	private final ChannelService channels;

	private final OrganisationService organisation;

	OfferPageController(PlanService plans, OfferService offers, CampaignService campaigns, ChannelService channels,
			OrganisationService organisation) {
		this.plans = plans;
		this.offers = offers;
		this.campaigns = campaigns;
		this.channels = channels;
		this.organisation = organisation;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editPromotion,
			@RequestParam(required = false) Long editTactic, Model model) {
		if (editPromotion != null) {
			model.addAttribute("promotionForm", PromotionCommand.from(this.offers.promotion(planId, editPromotion)));
			model.addAttribute("editPromotionId", editPromotion);
		}
		if (editTactic != null) {
			model.addAttribute("tacticForm", TacticCommand.from(this.offers.tactic(planId, editTactic)));
			model.addAttribute("editTacticId", editTactic);
		}
		return render(planId, model);
	}

	@PostMapping("/promotions")
	String addPromotion(@PathVariable long planId, @Valid @ModelAttribute("promotionForm") PromotionCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.offers.addPromotion(planId, form));
	}

	@PostMapping("/promotions/{promotionId}")
	String updatePromotion(@PathVariable long planId, @PathVariable long promotionId,
			@Valid @ModelAttribute("promotionForm") PromotionCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editPromotionId", promotionId);
		return save(result, model, planId, redirect, () -> this.offers.updatePromotion(planId, promotionId, form));
	}

	@PostMapping("/promotions/{promotionId}/delete")
	String deletePromotion(@PathVariable long planId, @PathVariable long promotionId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.offers.deletePromotion(planId, promotionId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	@PostMapping("/tactics")
	String addTactic(@PathVariable long planId, @Valid @ModelAttribute("tacticForm") TacticCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.offers.addTactic(planId, form));
	}

	@PostMapping("/tactics/{tacticId}")
	String updateTactic(@PathVariable long planId, @PathVariable long tacticId,
			@Valid @ModelAttribute("tacticForm") TacticCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editTacticId", tacticId);
		return save(result, model, planId, redirect, () -> this.offers.updateTactic(planId, tacticId, form));
	}

	@PostMapping("/tactics/{tacticId}/delete")
	String deleteTactic(@PathVariable long planId, @PathVariable long tacticId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.offers.deleteTactic(planId, tacticId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("promotions", this.offers.promotions(planId));
		model.addAttribute("tactics", this.offers.tactics(planId));
		Map<Long, String> campaignNames = new LinkedHashMap<>();
		this.campaigns.inEntryOrder(planId).forEach((c) -> campaignNames.put(c.getId(), c.getName()));
		Map<Long, String> partnerNames = new LinkedHashMap<>();
		this.organisation.partners(planId).forEach((p) -> partnerNames.put(p.getId(), p.getName()));
		model.addAttribute("campaignNames", campaignNames);
		model.addAttribute("partnerNames", partnerNames);
		Map<String, String> channelNames = new LinkedHashMap<>();
		this.channels.all().forEach((c) -> channelNames.put(c.getCode(), c.displayName(locale)));
		model.addAttribute("channelNames", channelNames);
		model.addAttribute("kinds", PromotionKind.values());
		model.addAttribute("recurrences", Frequency.values());
		if (!model.containsAttribute("promotionForm")) {
			model.addAttribute("promotionForm", PromotionCommand.blank());
		}
		if (!model.containsAttribute("tacticForm")) {
			model.addAttribute("tacticForm", TacticCommand.blank());
		}
		return "offers/page";
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/offers";
	}

}
