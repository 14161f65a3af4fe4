package com.marketingplanner.web.page;

import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the browser: a missing plan or item is a 404 page (never a 500), an
 * edit of a stale version a 409 page that says to reload, a broken rule outside a form a
 * 400 page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ModelAndView notFound(ResourceNotFoundException ex) {
		return errorPage(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(StaleVersionException.class)
	ModelAndView stale(StaleVersionException ex) {
		return errorPage(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(ActionNotPermittedException.class)
	ModelAndView notPermitted(ActionNotPermittedException ex) {
		return errorPage(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView rule(DomainException ex) {
		return errorPage(HttpStatus.BAD_REQUEST, ex);
	}

	private ModelAndView errorPage(HttpStatus status, DomainException ex) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
				LocaleContextHolder.getLocale()));
		return page;
	}

}
