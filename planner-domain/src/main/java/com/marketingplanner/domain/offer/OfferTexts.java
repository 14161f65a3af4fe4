package com.marketingplanner.domain.offer;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

/** Text rules the offer entities share. */
final class OfferTexts {

	private OfferTexts() {
	}

	/**
	 * The text stripped.
	 * @throws BusinessRuleViolation on {@code field} when it is blank
	 */
	static String required(String text, String field, String messageKey, String englishDefault) {
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation(field, messageKey, englishDefault);
		}
		return text.strip();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
