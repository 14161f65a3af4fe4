package com.marketingplanner.web.account;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.page.FormErrors;
import com.marketingplanner.web.security.SignedInSessions;
import com.marketingplanner.web.security.UserAdministration;
import com.marketingplanner.web.security.UserAdministration.PasswordChangeCommand;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changes their own password: current password, new one twice. This session
 * stays signed in; the account's other sessions end.
 */
@Controller
class PasswordPageController {

	private final UserAdministration users;

	PasswordPageController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeCommand("", "", ""));
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordChangeCommand form, BindingResult result, Principal principal,
			HttpSession session, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var user = this.users.changeOwnPassword(principal.getName(), form);
				SignedInSessions.keepSignedIn(session, user);
				redirect.addFlashAttribute("flash", "password.changed");
				return "redirect:/account/password";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return "account/password";
	}

}
