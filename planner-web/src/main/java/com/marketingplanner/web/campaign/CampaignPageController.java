package com.marketingplanner.web.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignCommand;
import com.marketingplanner.domain.campaign.CampaignFilter;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.offer.OfferService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The campaigns page: the list with filters and the campaign form (add and edit). */
@Controller
@RequestMapping("/plans/{planId}/campaigns")
class CampaignPageController {

	private final PlanService plans;

	private final CampaignService campaigns;

	private final ChannelService channels;

	private final PlanReferences references;

	private final OfferService offers;

	CampaignPageController(PlanService plans, CampaignService campaigns, ChannelService channels,
			PlanReferences references, OfferService offers) {
		this.offers = offers;
		this.plans = plans;
		this.campaigns = campaigns;
		this.channels = channels;
		this.references = references;
	}

	@GetMapping
	String list(@PathVariable long planId, @RequestParam(required = false) String channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
			Model model) {
		return render(planId, new CampaignFilter((channel != null && channel.isBlank()) ? null : channel, activeOn),
				model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") CampaignCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, CampaignFilter.none(), model))
			.run(() -> this.campaigns.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/{campaignId}/edit")
	String edit(@PathVariable long planId, @PathVariable long campaignId, Model model) {
		Campaign campaign = this.campaigns.get(planId, campaignId);
		model.addAttribute("form",
				new CampaignCommand(campaign.getName(), campaign.getDescription(), campaign.getChannelCodes(),
						campaign.getStartDate(), campaign.getEndDate(), campaign.getBudgetLineId(),
						Set.copyOf(campaign.getKpiIds()), campaign.getVersion(), campaign.isHighRisk(),
						campaign.getRiskNote()));
		model.addAttribute("editCampaignId", campaignId);
		return render(planId, CampaignFilter.none(), model);
	}

	@PostMapping("/{campaignId}")
	String update(@PathVariable long planId, @PathVariable long campaignId,
			@Valid @ModelAttribute("form") CampaignCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.campaigns.get(planId, campaignId);
		model.addAttribute("editCampaignId", campaignId);
		return FormSubmission.of(result, () -> render(planId, CampaignFilter.none(), model))
			.run(() -> this.campaigns.update(planId, campaignId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/{campaignId}/delete")
	String delete(@PathVariable long planId, @PathVariable long campaignId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.campaigns.delete(planId, campaignId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String render(long planId, CampaignFilter filter, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("filter", filter);
		model.addAttribute("campaigns", this.campaigns.list(planId, filter, Pageable.unpaged()).getContent());
		model.addAttribute("channels", this.channels.all());
		model.addAttribute("kpis", this.references.kpiNames(planId));
		model.addAttribute("budgetLines", this.references.budgetLineNames(planId));
		model.addAttribute("offersByCampaign", this.offers.namesByCampaign(planId));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CampaignCommand("", "", List.of(), null, null, null, Set.of(), null));
		}
		return "campaigns/campaigns";
	}

	private static String redirect(long planId) {
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/campaigns";
	}

}
