package com.marketingplanner.web.account;

import java.security.Principal;

import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.security.ApiTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own API tokens: create (the token is shown once), list, revoke. Any role may
 * have tokens; a token acts with its owner's role.
 */
@Controller
class TokenPageController {

	private final ApiTokens tokens;

	TokenPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.of(principal.getName()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) String name, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			var created = this.tokens.create(principal.getName(), name);
			redirect.addFlashAttribute("newToken", created.token());
			redirect.addFlashAttribute("flash", "flash.created");
			return "redirect:/account/tokens";
		}
		catch (DomainException ex) {
			model.addAttribute("nameError", ex.messageKey());
			model.addAttribute("name", name);
			return list(principal, model);
		}
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(@PathVariable long tokenId, Principal principal, RedirectAttributes redirect) {
		this.tokens.revoke(principal.getName(), tokenId);
		redirect.addFlashAttribute("flash", "tokens.revoked");
		return "redirect:/account/tokens";
	}

}
