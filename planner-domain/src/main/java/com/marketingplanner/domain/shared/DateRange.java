package com.marketingplanner.domain.shared;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days; the end is never before the start. */
public record DateRange(LocalDate start, LocalDate end) {

	public DateRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new BusinessRuleViolation("end", "error.date-range.end-before-start",
					"The end date " + end + " is before the start date " + start, start, end);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
