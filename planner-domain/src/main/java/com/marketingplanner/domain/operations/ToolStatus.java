package com.marketingplanner.domain.operations;

/**
 * Whether a tool is already used or the plan means to introduce it (then optionally by a
 * date or a month of the plan).
 */
public enum ToolStatus {

	IN_USE, PLANNED

}
