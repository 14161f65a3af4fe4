package com.marketingplanner.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a command record: the date component named {@code end} is not before the one named
 * {@code start} (either may be missing; their own constraints decide that). The violation
 * is reported on the {@code end} field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
public @interface EndNotBeforeStart {

	String start();

	String end();

	String message() default "{validation.end-before-start}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
