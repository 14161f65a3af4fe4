package com.marketingplanner.web.page;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DomainException;

import org.springframework.validation.BindingResult;

/**
 * Puts a domain failure on a form, next to the field it concerns (or at the top of the
 * form when it concerns no field), so the page shows it where the person typed.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, DomainException failure) {
		String field = (failure instanceof BusinessRuleViolation rule) ? rule.field() : null;
		if (field != null && result.getTarget() != null && hasField(result, field)) {
			result.rejectValue(field, failure.messageKey(), MessageArguments.readable(failure.arguments()),
					failure.getMessage());
		}
		else {
			result.reject(failure.messageKey(), MessageArguments.readable(failure.arguments()), failure.getMessage());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
