package com.marketingplanner.domain.review;

import java.time.Instant;

/**
 * A baseline of a plan: its content as approved, numbered 1, 2, … per plan, with the
 * revision it approved, who approved it and when. Never changed or deleted.
 */
public record Baseline(long id, long planId, int number, int revision, String approvedBy, Instant approvedAt) {
}
