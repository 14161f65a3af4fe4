package com.marketingplanner.domain.alert;

import java.util.List;

import com.marketingplanner.domain.budget.BudgetFigure;

/**
 * A rule firing for a plan, as an evaluation finds it; becomes (or refreshes) an
 * {@link Alert}.
 *
 * @param subjectKey what it is about, stable across evaluations: the same rule firing
 * about the same subject has the same key
 * @param messageKey the message key; its arguments are {@code subject}, {@code detail},
 * then the figures
 * @param message the finding in English
 */
record Finding(AlertRule rule, String subjectKey, AlertSeverity severity, String messageKey, String subject,
		String detail, List<BudgetFigure> figures, String message) {

	Finding {
		figures = List.copyOf(figures);
	}

}
