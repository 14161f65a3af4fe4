package com.marketingplanner.domain.cadence;

import java.time.LocalDate;

/** One date of an entry of the plan's rhythm, for the timeline and calendar. */
public record CadenceOccurrence(LocalDate date, Cadence cadence) {

}
