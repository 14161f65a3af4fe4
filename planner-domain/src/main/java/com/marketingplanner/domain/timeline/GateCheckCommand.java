package com.marketingplanner.domain.timeline;

import jakarta.validation.constraints.NotNull;

/**
 * A person's check of a gate condition stated in words: {@code MET}, {@code NOT_MET}, or
 * {@code OPEN} again. {@code version} is the milestone's version read.
 */
public record GateCheckCommand(@NotNull GateState state, Long version) {

}
