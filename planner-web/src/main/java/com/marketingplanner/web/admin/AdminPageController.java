package com.marketingplanner.web.admin;

import jakarta.validation.Valid;

import com.marketingplanner.domain.channel.ChannelClass;
import com.marketingplanner.domain.channel.ChannelCommand;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.page.FormSubmission;
import com.marketingplanner.web.security.UserAdministration;
import com.marketingplanner.web.security.UserAdministration.NewUserCommand;
import com.marketingplanner.web.security.UserAdministration.UserChangeCommand;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages: user accounts and the channel catalog. */
@Controller
class AdminPageController {

	private final UserAdministration users;

	private final ChannelService channels;

	AdminPageController(UserAdministration users, ChannelService channels) {
		this.users = users;
		this.channels = channels;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("form", new NewUserCommand("", "", "", Role.VIEWER));
		return usersPage(model);
	}

	@PostMapping("/admin/users")
	String createUser(@Valid @ModelAttribute("form") NewUserCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> usersPage(model))
			.run(() -> this.users.create(form))
			.thenRedirect(redirect, "flash.created", "/admin/users");
	}

	@PostMapping("/admin/users/{userId}")
	String changeUser(@PathVariable long userId, @RequestParam Role role,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.users.update(userId, new UserChangeCommand(role, enabled, version));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (BusinessRuleViolation ex) {
			// e.g. the last administrator: shown above the list, nothing saved
			redirect.addFlashAttribute("userError", ex.messageKey());
			redirect.addFlashAttribute("userErrorArgument",
					(ex.arguments().length > 0) ? String.valueOf(ex.arguments()[0]) : "");
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/channels")
	String channels(Model model) {
		model.addAttribute("form", new ChannelCommand("", "", "", ChannelClass.DIGITAL, false, null));
		return channelsPage(model, null);
	}

	@GetMapping("/admin/channels/{channelId}/edit")
	String editChannel(@PathVariable long channelId, Model model) {
		var channel = this.channels.get(channelId);
		model.addAttribute("form", new ChannelCommand(channel.getCode(), channel.getName(), channel.getNameZh(),
				channel.getChannelClass(), channel.isCore(), channel.getVersion()));
		return channelsPage(model, channelId);
	}

	@PostMapping({ "/admin/channels", "/admin/channels/{channelId}" })
	String saveChannel(@PathVariable(required = false) Long channelId,
			@Valid @ModelAttribute("form") ChannelCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> channelsPage(model, channelId)).run(() -> {
			if (channelId == null) {
				this.channels.create(form);
			}
			else {
				this.channels.update(channelId, form);
			}
		}).thenRedirect(redirect, "flash.saved", "/admin/channels");
	}

	private String usersPage(Model model) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	private String channelsPage(Model model, Long channelId) {
		model.addAttribute("channels", this.channels.all());
		model.addAttribute("classes", ChannelClass.values());
		model.addAttribute("channelId", channelId);
		return "admin/channels";
	}

}
