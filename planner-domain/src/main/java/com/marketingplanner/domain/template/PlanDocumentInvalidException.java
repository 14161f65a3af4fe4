package com.marketingplanner.domain.template;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document cannot be imported. Lists every problem found, each with the JSON path
 * of the offending value (for example
 * {@code $.budget_lines[0].children[1].planned_amount}) and a message key with its
 * arguments, so that the web layer can say it in the reader's language. Nothing has been
 * written when this is thrown (the import's transaction is rolled back).
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
	 * @param code message key of the problem (a domain rule's key or an
	 * {@code error.document.*} key); {@code null} when {@code message} is already in the
	 * reader's language (a Bean Validation message)
	 * @param arguments the message's arguments
	 * @param message what is wrong, in English (or already localized when {@code code} is
	 * {@code null})
	 */
	public record Problem(String path, String code, List<Object> arguments, String message) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

}
