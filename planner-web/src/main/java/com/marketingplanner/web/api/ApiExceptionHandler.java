package com.marketingplanner.web.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.databind.DatabindException;

import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.template.PlanDocumentInvalidException;
import com.marketingplanner.domain.template.UnknownPlanTemplateException;
import com.marketingplanner.web.page.MessageArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as RFC 9457 {@code application/problem+json}: a type URI, a title, a
 * detail in the client's language and, for invalid input, {@code errors: [{field,
 * message}]} with one entry per invalid field. 400 bad input, 404 missing resource, 409
 * stale version.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final String PROBLEM_TYPE_BASE = "https://marketing-planner.example/problems/";

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldMessage(error.getField(), this.messages.getMessage(error, locale)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldMessage(null, this.messages.getMessage(error, locale))));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(new FieldMessage(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale)))));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = null;
		if (ex.getCause() instanceof DatabindException databind) {
			field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
		}
		String message = message((field != null) ? "error.request.field-unreadable" : "error.request.unreadable");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", message);
		problem.setProperty("errors", List.of(new FieldMessage(field, message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = message("error.request.parameter-invalid", ex.getName(), String.valueOf(ex.getValue()));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", message);
		problem.setProperty("errors", List.of(new FieldMessage(ex.getName(), message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation ex) {
		String message = localized(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "business-rule", message);
		problem.setProperty("errors", List.of(new FieldMessage(ex.field(), message)));
		problem.setProperty("code", ex.messageKey());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, "not-found", localized(ex)));
	}

	/** A signed-in person who may not take this action on this plan or item. */
	@ExceptionHandler(ActionNotPermittedException.class)
	ResponseEntity<ProblemDetail> notPermitted(ActionNotPermittedException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", localized(ex));
		problem.setProperty("code", ex.messageKey());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "stale-version", localized(ex)));
	}

	/** Two edits of the same version committed at the same time: the later one loses. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentEdit(ObjectOptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "stale-version", message("error.concurrent-edit")));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.warn("Request refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, "constraint", message("error.constraint")));
	}

	@ExceptionHandler(UnknownPlanTemplateException.class)
	ResponseEntity<ProblemDetail> unknownTemplate(UnknownPlanTemplateException ex) {
		String message = message("error.template.unknown", ex.getCode());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", message);
		problem.setProperty("errors", List.of(new FieldMessage("templateCode", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A plan document that cannot be imported: one entry per problem, named by its JSON
	 * path, in the client's language.
	 */
	@ExceptionHandler(PlanDocumentInvalidException.class)
	ResponseEntity<ProblemDetail> invalidDocument(PlanDocumentInvalidException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = ex.getProblems()
			.stream()
			.map((problem) -> new FieldMessage(problem.path(),
					(problem.code() != null) ? this.messages.getMessage(problem.code(), problem.arguments().toArray(),
							problem.message(), locale) : problem.message()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-document", message("error.document.invalid"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail invalid(List<FieldMessage> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", message("error.request.invalid"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_TYPE_BASE + type));
		return problem;
	}

	private String localized(DomainException ex) {
		return this.messages.getMessage(ex.messageKey(), MessageArguments.readable(ex.arguments()), ex.getMessage(),
				LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
