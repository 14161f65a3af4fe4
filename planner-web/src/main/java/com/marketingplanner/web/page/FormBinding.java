package com.marketingplanner.web.page;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields left empty arrive as empty strings; for the domain they mean "not given".
 * Every page form trims its text and turns an empty field into {@code null}, so optional
 * text stays absent and required text is caught by {@code @NotBlank}.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

	@InitBinder
	void emptyTextIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

}
