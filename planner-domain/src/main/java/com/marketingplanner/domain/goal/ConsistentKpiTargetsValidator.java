package com.marketingplanner.domain.goal;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

/** Checks {@link ConsistentKpiTargets} with the rules of {@link KpiTargets}. */
public class ConsistentKpiTargetsValidator implements ConstraintValidator<ConsistentKpiTargets, KpiCommand> {

	@Override
	public boolean isValid(KpiCommand command, ConstraintValidatorContext context) {
		if (command == null || command.direction() == null) {
			return true;
		}
		List<BusinessRuleViolation> violations = KpiTargets.violations(command.targetType(), command.direction(),
				command.baseline(), command.target(), command.challenge(), command.benchmark());
		if (violations.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		for (BusinessRuleViolation violation : violations) {
			context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}")
				.addPropertyNode(violation.field())
				.addConstraintViolation();
		}
		return false;
	}

}
