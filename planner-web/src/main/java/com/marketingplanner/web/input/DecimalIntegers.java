package com.marketingplanner.web.input;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in URLs, query parameters and forms are written in decimal digits only.
 * Spring's default editors also read {@code 0x1} and {@code #1} as hexadecimal (and fall
 * back to them when a conversion fails), so {@code /api/v1/plans/0x1} answered plan 1;
 * here such text, and a number outside the type's range, is a bad parameter (400).
 */
@ControllerAdvice
class DecimalIntegers {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,40}");

	@InitBinder
	void decimalWholeNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(Long.class, new Editor(Long::valueOf, true));
		binder.registerCustomEditor(long.class, new Editor(Long::valueOf, false));
		binder.registerCustomEditor(Integer.class, new Editor(Integer::valueOf, true));
		binder.registerCustomEditor(int.class, new Editor(Integer::valueOf, false));
	}

	private static final class Editor extends PropertyEditorSupport {

		private final Function<String, Number> parser;

		private final boolean emptyIsNull;

		Editor(Function<String, Number> parser, boolean emptyIsNull) {
			this.parser = parser;
			this.emptyIsNull = emptyIsNull;
		}

		@Override
		public void setAsText(String text) {
			String trimmed = (text != null) ? text.strip() : "";
			if (trimmed.isEmpty() && this.emptyIsNull) {
				setValue(null);
				return;
			}
			if (!DECIMAL.matcher(trimmed).matches()) {
				throw new IllegalArgumentException("Not a decimal whole number: " + text);
			}
			setValue(this.parser.apply(trimmed));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
