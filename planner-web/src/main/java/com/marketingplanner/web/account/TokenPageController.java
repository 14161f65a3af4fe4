package com.marketingplanner.web.account;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.security.ApiTokens;
import com.marketingplanner.web.security.ApiTokens.TokenCommand;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own API tokens: create (the token is shown once; read-only or with the
 * owner's rights; valid until a day, 90 days ahead by default, or without expiry), list,
 * revoke. Any role may have tokens; a token acts with its owner's role.
 */
@Controller
class TokenPageController {

	private final ApiTokens tokens;

	TokenPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** A new token is valid for this many days unless the person chooses otherwise. */
	static final int DEFAULT_VALIDITY_DAYS = 90;

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.of(principal.getName()));
		if (!model.containsAttribute("expiresOn")) {
			model.addAttribute("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(DEFAULT_VALIDITY_DAYS));
		}
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean readOnly,
			@RequestParam(required = false) LocalDate expiresOn, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			var created = this.tokens.create(principal.getName(), new TokenCommand(name, readOnly, expiresOn));
			redirect.addFlashAttribute("newToken", created.token());
			redirect.addFlashAttribute("flash", "flash.created");
			return "redirect:/account/tokens";
		}
		catch (DomainException ex) {
			model.addAttribute(ex instanceof BusinessRuleViolation rule && "expiresOn".equals(rule.field())
					? "expiryError" : "nameError", ex.messageKey());
			model.addAttribute("name", name);
			model.addAttribute("readOnly", readOnly);
			model.addAttribute("expiresOn", expiresOn);
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
