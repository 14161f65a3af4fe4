package com.marketingplanner.web.campaign;

import java.security.Principal;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.campaign.CampaignStatus;
import com.marketingplanner.domain.campaign.CampaignStatusCommand;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The life-cycle buttons of the campaigns page: submit for compliance review, approve or
 * return with a comment, reopen, launch, complete, cancel (post/redirect/get).
 */
@Controller
class CampaignReviewPageController {

	private final CampaignService campaigns;

	CampaignReviewPageController(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/plans/{planId}/campaigns/{campaignId}/status")
	String changeStatus(@PathVariable long planId, @PathVariable long campaignId, @RequestParam CampaignStatus status,
			@RequestParam long version, @RequestParam(required = false) String comment, Principal principal,
			RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.changeStatus(planId, campaignId,
				new CampaignStatusCommand(status, version, comment), principal.getName());
		redirect.addFlashAttribute("flash", "collab.campaign.moved");
		redirect.addFlashAttribute("flashArgs", campaign.getName());
		return "redirect:/plans/" + planId + "/campaigns";
	}

}
