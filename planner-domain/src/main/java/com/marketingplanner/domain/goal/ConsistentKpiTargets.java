package com.marketingplanner.domain.goal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a {@link KpiCommand}: the rules of {@link KpiTargets} hold; each broken rule is
 * reported on its own field with its message key (missing values are left to the fields'
 * own constraints).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentKpiTargetsValidator.class)
public @interface ConsistentKpiTargets {

	String message() default "{error.kpi.targets-inconsistent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
