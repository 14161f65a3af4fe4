package com.marketingplanner.domain.experiment;

/** Where an A/B test stands; any status may follow any other (a test can be rerun). */
public enum ExperimentStatus {

	/** Designed, not exposing anyone yet. */
	PLANNED,

	/** Exposing users; its counts grow. */
	RUNNING,

	/** Stopped; its counts are final. */
	FINISHED

}
