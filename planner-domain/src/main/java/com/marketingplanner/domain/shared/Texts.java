package com.marketingplanner.domain.shared;

/**
 * The one rule for optional and required texts of the plan model: surrounding blanks are
 * never kept, and a blank optional text is no text.
 */
public final class Texts {

	private Texts() {
	}

	/** The text stripped, or {@code null} when it is absent or blank. */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The text stripped.
	 * @throws BusinessRuleViolation on {@code field} with {@code messageKey} when it is
	 * absent or blank
	 */
	public static String required(String text, String field, String messageKey, String englishDefault) {
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation(field, messageKey, englishDefault);
		}
		return text.strip();
	}

}
