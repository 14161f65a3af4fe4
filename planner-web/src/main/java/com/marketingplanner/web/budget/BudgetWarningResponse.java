package com.marketingplanner.web.budget;

import java.util.List;

import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.domain.budget.BudgetWarning;
import com.marketingplanner.domain.budget.WarningSeverity;

/**
 * A finding of the budget check as the API returns it: a stable {@code code}, what it is
 * about, its numbers, and {@code message} in the client's language (Accept-Language).
 */
public record BudgetWarningResponse(String code, WarningSeverity severity, BudgetWarning.SubjectType subjectType,
		Long subjectId, String subject, String detail, List<BudgetFigure> figures, String message) {

	static BudgetWarningResponse from(BudgetWarning warning, String currency, BudgetFormat format) {
		return new BudgetWarningResponse(warning.code(), warning.severity(), warning.subjectType(), warning.subjectId(),
				warning.subject(), warning.detail(), warning.figures(), format.warning(warning, currency));
	}

	static List<BudgetWarningResponse> from(List<BudgetWarning> warnings, String currency, BudgetFormat format) {
		return warnings.stream().map((warning) -> from(warning, currency, format)).toList();
	}

}
