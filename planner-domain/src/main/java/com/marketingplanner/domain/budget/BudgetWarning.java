package com.marketingplanner.domain.budget;

import java.util.List;

/**
 * A finding of the budget check. Never a refusal: the plan is saved as it is and the
 * finding is shown next to it.
 *
 * <p>
 * The web layer renders it with the message key {@code budget.warning.<code>} and the
 * arguments {@code {0}} = {@link #subject()}, {@code {1}} = {@link #detail()} and
 * {@code {2}}, {@code {3}}, … = the {@link #figures()} in order, each formatted by its
 * kind (amounts in the plan's currency). {@link #message()} is the same text in English,
 * for API clients and logs.
 *
 * @param code stable identifier of the finding, e.g. {@code over-allocated}
 * @param severity how much it matters
 * @param subjectType what the finding is about
 * @param subjectId the id of the line or rule concerned, {@code null} for the plan
 * @param subject a readable name of what it is about: line name, tag, channel code, plan
 * title
 * @param detail a second readable part when needed (the month {@code 2026-03} of a
 * monthly finding, the kind of a rule), else {@code null}
 * @param figures the numbers of the finding
 * @param message the finding in English
 */
public record BudgetWarning(String code, WarningSeverity severity, SubjectType subjectType, Long subjectId,
		String subject, String detail, List<BudgetFigure> figures, String message) {

	public BudgetWarning {
		figures = List.copyOf(figures);
	}

	/** What a finding is about. */
	public enum SubjectType {

		PLAN, LINE, RULE

	}

	/** The message key of this finding in the {@code budget} bundle. */
	public String messageKey() {
		return "budget.warning." + this.code;
	}

	/** The figure with this name. */
	public BudgetFigure figure(String name) {
		return this.figures.stream()
			.filter((figure) -> figure.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.code + " has no figure " + name));
	}

}
