package com.marketingplanner.domain.timeline;

import java.util.List;

/**
 * Something in a timeline that looks wrong but is allowed, because real plans contain it
 * (the seed plans do): shown to people, never a reason to refuse.
 *
 * @param kind what is wrong
 * @param phaseId the phase concerned, if any
 * @param milestoneId the milestone concerned, if any
 * @param arguments the message arguments for {@link Kind#messageKey()}
 * @param defaultMessage the English text
 */
public record TimelineWarning(Kind kind, Long phaseId, Long milestoneId, List<Object> arguments,
		String defaultMessage) {

	public String messageKey() {
		return this.kind.messageKey();
	}

	/** The kinds of timeline warnings, each with its message key. */
	public enum Kind {

		/**
		 * A phase starts before or ends after the plan's period: {0} phase, {1}–{2}
		 * phase, {3}–{4} plan.
		 */
		PHASE_OUTSIDE_PLAN_PERIOD("warning.phase.outside-plan-period"),

		/**
		 * Two phases of one scheme share days: {0} phase, {1}–{2} its dates, {3} the
		 * other phase, {4}–{5} its dates, {6} the scheme (— for the main one).
		 */
		PHASES_OVERLAP_IN_SCHEME("warning.phase.overlap-in-scheme"),

		/**
		 * A milestone is due outside its phase: {0} milestone, {1} due, {2} phase,
		 * {3}–{4} phase.
		 */
		MILESTONE_OUTSIDE_PHASE("warning.milestone.outside-phase"),

		/**
		 * A milestone is due outside the plan's period: {0} milestone, {1} due, {2}–{3}
		 * plan.
		 */
		MILESTONE_OUTSIDE_PLAN_PERIOD("warning.milestone.outside-plan-period"),

		/**
		 * A milestone is due before a milestone it depends on: {0} milestone, {1} due,
		 * {2} dependency, {3} its due date.
		 */
		MILESTONE_DUE_BEFORE_DEPENDENCY("warning.milestone.due-before-dependency");

		private final String messageKey;

		Kind(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
