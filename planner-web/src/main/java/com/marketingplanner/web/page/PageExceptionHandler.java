package com.marketingplanner.web.page;

import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the browser: a missing plan or item is a 404 page (never a 500), an
 * edit of a stale version a 409 page that says to reload, a broken rule outside a form a
 * 400 page, an address with a malformed id a 404 page that says so. Enum and id arguments
 * of the messages are made readable ({@link MessageArguments}).
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

	/** Two saves of the same version at the same moment: the later one loses. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView concurrentEdit(ObjectOptimisticLockingFailureException ex) {
		ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("detail",
				this.messages.getMessage("error.concurrent-edit", null, LocaleContextHolder.getLocale()));
		return page;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView rule(DomainException ex) {
		return errorPage(HttpStatus.BAD_REQUEST, ex);
	}

	private ModelAndView errorPage(HttpStatus status, DomainException ex) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", this.messages.getMessage(ex.messageKey(), MessageArguments.readable(ex.arguments()),
				ex.getMessage(), LocaleContextHolder.getLocale()));
		return page;
	}

	/**
	 * A path that names something by a malformed id ({@code /plans/abc}) names nothing: a
	 * 404 page that says so. A malformed query parameter is a 400 page naming it.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformed(MethodArgumentTypeMismatchException ex) {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		HttpStatus status = inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", inPath
				? this.messages.getMessage("error.page.not-an-id", new Object[] { String.valueOf(ex.getValue()) },
						LocaleContextHolder.getLocale())
				: this.messages.getMessage("error.request.parameter-invalid",
						new Object[] { ex.getName(), String.valueOf(ex.getValue()) }, LocaleContextHolder.getLocale()));
		return page;
	}

}
