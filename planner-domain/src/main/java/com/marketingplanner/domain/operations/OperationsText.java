package com.marketingplanner.domain.operations;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Texts;

/** The text rules the tools, dashboards and operating standards share. */
final class OperationsText {

	private OperationsText() {
	}

	/**
	 * A name, stripped.
	 * @throws BusinessRuleViolation when it is blank
	 */
	static String requiredName(String name) {
		return Texts.required(name, "name", "error.operations.name-required", "A name is required");
	}

	/**
	 * A count the source states, or none.
	 * @throws BusinessRuleViolation when it is below {@code least}
	 */
	static Integer atLeast(String field, Integer count, int least) {
		if (count != null && count < least) {
			throw new BusinessRuleViolation(field, "error.operations.count-too-small",
					"The number must be at least {0}", least);
		}
		return count;
	}

}
