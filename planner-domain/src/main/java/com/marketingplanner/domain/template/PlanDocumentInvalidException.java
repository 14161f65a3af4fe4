package com.marketingplanner.domain.template;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document cannot be imported. Lists every problem found, each with the JSON path
 * of the offending value (for example
 * {@code $.budget_lines[0].children[1].planned_amount}). Nothing has been written when
 * this is thrown.
 */
public class PlanDocumentInvalidException extends RuntimeException {

	private final List<Problem> problems;

	public PlanDocumentInvalidException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		return "Plan document is invalid (" + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + "):"
				+ problems.stream().map((p) -> "\n  " + p.path() + ": " + p.message()).collect(Collectors.joining());
	}

	/**
	 * One problem of a document.
	 *
	 * @param path JSON path of the value, in the document's snake_case keys
	 * @param message what is wrong
	 */
	public record Problem(String path, String message) {

	}

}
