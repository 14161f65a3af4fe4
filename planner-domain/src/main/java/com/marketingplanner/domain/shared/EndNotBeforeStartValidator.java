package com.marketingplanner.domain.shared;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EndNotBeforeStart} on a record by reading the two named components. */
public class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, Record> {

	private String start;

	private String end;

	@Override
	public void initialize(EndNotBeforeStart annotation) {
		this.start = annotation.start();
		this.end = annotation.end();
	}

	@Override
	public boolean isValid(Record value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		LocalDate startDate = component(value, this.start);
		LocalDate endDate = component(value, this.end);
		if (startDate == null || endDate == null || !endDate.isBefore(startDate)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode(this.end)
			.addConstraintViolation();
		return false;
	}

	private static LocalDate component(Record value, String name) {
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				try {
					return (LocalDate) component.getAccessor().invoke(value);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot read " + name + " of " + value.getClass(), ex);
				}
			}
		}
		throw new IllegalStateException(value.getClass() + " has no date component " + name);
	}

}
