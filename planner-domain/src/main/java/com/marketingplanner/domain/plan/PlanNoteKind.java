package com.marketingplanner.domain.plan;

/** What a {@link PlanNote} records. */
public enum PlanNoteKind {

	/**
	 * The plan's source contradicts itself or loses a value ("budget lines total 3.1亿
	 * against 2.8亿"); kept as stated and flagged, never silently corrected.
	 */
	SOURCE_INCONSISTENCY,

	/**
	 * An import could not take a value as the document stated it and adjusted it (the
	 * lenient path): what was changed and why, so nothing is lost without a trace.
	 */
	IMPORT_ADJUSTMENT

}
