package com.marketingplanner.web.campaign;

import java.time.LocalDate;

import com.marketingplanner.domain.campaign.CampaignFilter;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.page.PageAccess;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The marketing calendar of a plan: its campaigns by month and channel. */
@Controller
class CalendarPageController {

	private final PlanService plans;

	private final CampaignService campaigns;

	private final CampaignCalendar calendar;

	private final PageAccess access;

	CalendarPageController(PlanService plans, CampaignService campaigns, CampaignCalendar calendar, PageAccess access) {
		this.plans = plans;
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.access = access;
	}

	@GetMapping("/plans/{planId}/calendar")
	String calendar(@PathVariable long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("calendar",
				this.calendar.of(plan,
						this.campaigns.list(planId, CampaignFilter.none(), Pageable.unpaged()).getContent(),
						this.access.canEdit(plan), LocalDate.now()));
		return "campaigns/calendar";
	}

}
