package com.marketingplanner.web.membership;

import java.security.Principal;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.MemberCommand;
import com.marketingplanner.domain.plan.MemberRole;
import com.marketingplanner.domain.plan.MemberRoleCommand;
import com.marketingplanner.domain.plan.OwnerCommand;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanMembership;
import com.marketingplanner.domain.plan.PlanVisibility;
import com.marketingplanner.domain.plan.VisibilityCommand;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.page.FormErrors;

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
 * The members page of a plan: owner, visibility, editors and viewers; the owner and
 * administrators add, change and remove members, hand the plan over and set who may read
 * it (post/redirect/get).
 */
@Controller
@RequestMapping("/plans/{planId}")
class MembershipPageController {

	private final PlanMembership membership;

	MembershipPageController(PlanMembership membership) {
		this.membership = membership;
	}

	@GetMapping("/members")
	String members(@PathVariable long planId, Model model) {
		Plan plan = this.membership.plan(planId);
		model.addAttribute("form", new MemberCommand("", MemberRole.VIEWER));
		model.addAttribute("ownerForm", new OwnerCommand("", plan.getVersion()));
		return render(plan, model);
	}

	@PostMapping("/members")
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") MemberCommand form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.membership.add(planId, form, principal.getName());
				redirect.addFlashAttribute("flash", "collab.members.added");
				redirect.addFlashAttribute("flashArgs", form.username());
				return redirect(planId);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		Plan plan = this.membership.plan(planId);
		model.addAttribute("ownerForm", new OwnerCommand("", plan.getVersion()));
		return render(plan, model);
	}

	@PostMapping("/members/{username}")
	String changeRole(@PathVariable long planId, @PathVariable String username, @RequestParam MemberRole role,
			@RequestParam long version, Principal principal, RedirectAttributes redirect) {
		this.membership.changeRole(planId, username, new MemberRoleCommand(role, version), principal.getName());
		redirect.addFlashAttribute("flash", "flash.saved");
		return redirect(planId);
	}

	@PostMapping("/members/{username}/remove")
	String remove(@PathVariable long planId, @PathVariable String username, @RequestParam long version,
			Principal principal, RedirectAttributes redirect) {
		this.membership.remove(planId, username, version, principal.getName());
		redirect.addFlashAttribute("flash", "collab.members.removed");
		redirect.addFlashAttribute("flashArgs", username);
		return redirect(planId);
	}

	@PostMapping("/owner")
	String transfer(@PathVariable long planId, @Valid @ModelAttribute("ownerForm") OwnerCommand form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.membership.transferOwnership(planId, form, principal.getName());
				redirect.addFlashAttribute("flash", "collab.members.owner-changed");
				redirect.addFlashAttribute("flashArgs", form.username());
				return redirect(planId);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("form", new MemberCommand("", MemberRole.VIEWER));
		return render(this.membership.plan(planId), model);
	}

	@PostMapping("/visibility")
	String visibility(@PathVariable long planId, @RequestParam PlanVisibility visibility, @RequestParam long version,
			Principal principal, RedirectAttributes redirect) {
		this.membership.restrict(planId, new VisibilityCommand(visibility, version), principal.getName());
		redirect.addFlashAttribute("flash", "flash.saved");
		return redirect(planId);
	}

	private static String render(Plan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("roles", new MemberRole[] { MemberRole.EDITOR, MemberRole.VIEWER });
		model.addAttribute("visibilities", PlanVisibility.values());
		return "collab/members";
	}

	private static String redirect(long planId) {
		return "redirect:/plans/" + planId + "/members";
	}

}
