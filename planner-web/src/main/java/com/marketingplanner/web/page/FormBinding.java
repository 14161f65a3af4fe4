package com.marketingplanner.web.page;

import java.beans.PropertyEditorSupport;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields left empty arrive as empty strings; for the domain they mean "not given".
 * Every form field and request parameter is trimmed, an empty one becomes {@code null}
 * (so optional text stays absent and required text is caught by {@code @NotBlank}), and
 * text with a NUL character, which PostgreSQL cannot store, is refused as a type mismatch
 * of that field (400, the message next to the field).
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

	@InitBinder
	void emptyTextIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor());
	}

	static final class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null) {
				setValue(null);
				return;
			}
			if (text.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("Text may not contain the NUL character");
			}
			String trimmed = text.strip();
			setValue(trimmed.isEmpty() ? null : trimmed);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
