package com.marketingplanner.web.membership;

import jakarta.servlet.http.HttpServletRequest;

import com.marketingplanner.web.api.ExplainedDenial;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a refused browser request is forwarded to: 403 with the reason when the
 * refusal gives one (e.g. "you are not an editor of this plan: ask its owner").
 */
@Controller
class AccessDeniedPageController {

	static final String PATH = "/access-denied";

	private final MessageSource messages;

	AccessDeniedPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(PATH)
	ModelAndView denied(HttpServletRequest request) {
		Object failure = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
		String key = (failure instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof ExplainedDenial explained) ? explained.messageKey()
						: "error.forbidden";
		ModelAndView page = new ModelAndView("error", HttpStatus.FORBIDDEN);
		page.addObject("status", HttpStatus.FORBIDDEN.value());
		page.addObject("detail", this.messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return page;
	}

}
