package com.marketingplanner.web.input;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;

/** {@link StrictDates} for query parameters, path variables and form fields. */
class StrictDateFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) {
		return StrictDates.parse(text.strip());
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return StrictDates.print(date);
	}

}
