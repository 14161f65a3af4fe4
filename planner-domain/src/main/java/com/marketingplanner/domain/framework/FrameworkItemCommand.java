package com.marketingplanner.domain.framework;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits one item of a framework: its name (unique within the framework), a
 * description, optionally a value with its unit ({@code %} makes it a share), and for an
 * attribution framework the application's attribution model it is. {@code position}
 * places a new item (null = last; ignored on edits, see reordering); {@code version} is
 * the framework's version read (adding, editing and deleting items).
 */
public record FrameworkItemCommand(@NotBlank @Size(max = 200) String name, @Size(max = 5000) String description,
		@Digits(integer = 15, fraction = 4) BigDecimal value, @Size(max = 50) String unit,
		@Size(max = 30) String attributionModel, @PositiveOrZero Integer position, Long version) {

	/** The item as a part of a whole framework (no position, no version of its own). */
	public static FrameworkItemCommand of(String name, String description, BigDecimal value, String unit,
			String attributionModel) {
		return new FrameworkItemCommand(name, description, value, unit, attributionModel, null, null);
	}

}
